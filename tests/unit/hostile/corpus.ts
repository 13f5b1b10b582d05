/**
 * The evaluation corpus's pages (../shared/corpus, not part of this repository), read by path:
 * every `.html` / `.html.gz` file under each corpus folder, with the page's real URL where the
 * corpus records one. Absent corpus: an empty list, and the suites say they skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
export const CORPUS_MISSING = `${CORPUS_DIR} is absent: corpus pages skipped (the evaluation corpus is not part of this repository)`;

export interface CorpusPage {
  /** Path under the corpus folder, e.g. `aeb-dev/html/0a1b….html.gz`. */
  name: string;
  path: string;
  url: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return /\.html?(\.gz)?$/.test(entry.name) ? [path] : [];
  });
}

/** URLs the corpora record: aeb's ground truth (by hash), the article/non-article labels (by file). */
function knownUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  const aeb = join(CORPUS_DIR, 'aeb-dev/ground-truth.json');
  if (existsSync(aeb)) {
    const truth = JSON.parse(readFileSync(aeb, 'utf8')) as Record<string, { url?: string }>;
    for (const [hash, item] of Object.entries(truth)) if (item.url) urls.set(`${hash}.html.gz`, item.url);
  }
  const labels = join(CORPUS_DIR, 'article-vs-nonarticle-dev/labels.jsonl');
  if (existsSync(labels)) {
    for (const line of readFileSync(labels, 'utf8').split('\n').filter(Boolean)) {
      const item = JSON.parse(line) as { file: string; url?: string };
      if (item.url) urls.set(basename(item.file), item.url);
    }
  }
  return urls;
}

/** Every corpus page, sorted by name; [] when the corpus is absent. */
export function listCorpusPages(): CorpusPage[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const urls = knownUrls();
  return htmlFiles(CORPUS_DIR)
    .map((path) => {
      const name = relative(CORPUS_DIR, path);
      // readability-dev's expected values were generated at this URL (its README).
      const fallback = name.startsWith('readability-dev/')
        ? 'http://fakehost/test/page.html'
        : `https://example.com/corpus/${encodeURIComponent(name)}`;
      return { name, path, url: urls.get(basename(path)) ?? fallback };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Shard `index` of `count` (pages spread evenly, so vitest runs the shards on separate cores). */
export function corpusShard(index: number, count: number): CorpusPage[] {
  return listCorpusPages().filter((_, i) => i % count === index);
}
