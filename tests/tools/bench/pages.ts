/**
 * Pages the bench loads: the project's fixture site, and, with `--corpus`, real pages from the
 * readability test-page format (`<slug>/source.html`) or the article-vs-nonarticle format
 * (`labels.jsonl` + `html/*.html.gz`). Each page is labelled article / non-article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHtml } from '../dom';

export interface BenchPage {
  /** Path it is served at. */
  path: string;
  isArticle: boolean;
  html: string;
}

const FIXTURES: [string, boolean][] = [
  ['news/opposition-rally-paris.html', true],
  ['news/iran-protests-spread.html', true],
  ['world/index.html', false],
  ['index.html', false],
  ['about.html', false],
];

/** The fixture site's pages. */
export function fixturePages(root = 'tests/fixtures/site'): BenchPage[] {
  return FIXTURES.map(([file, isArticle]) => ({
    path: `/fixtures/${file}`,
    isArticle,
    html: readFileSync(join(root, file), 'utf8'),
  }));
}

/** Real pages of a corpus folder, in a stable order, at most `limit`. */
export function corpusPages(dir: string, limit: number): BenchPage[] {
  const name = dir.replace(/\/+$/, '').split('/').pop() ?? 'corpus';
  if (existsSync(join(dir, 'labels.jsonl'))) {
    const rows = readFileSync(join(dir, 'labels.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LabelledRow);
    const used = new Set<string>();
    return spread(rows, limit).map((row) => ({
      path: servedPath(row, name, used),
      isArticle: row.is_article,
      html: readHtml(join(dir, row.file)),
    }));
  }
  const slugs = readdirSync(dir).filter((slug) => existsSync(join(dir, slug, 'source.html')));
  return spread(slugs.sort(), limit).map((slug) => {
    const meta = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as {
      readerable?: boolean;
    };
    return {
      path: `/${name}/${slug}/page.html`,
      isArticle: meta.readerable !== false,
      html: readHtml(join(dir, slug, 'source.html')),
    };
  });
}

interface LabelledRow {
  file: string;
  is_article: boolean;
  /** The page's original address and site name, when the corpus gives them. */
  url?: string;
  site?: string;
}

/**
 * Where a labelled page is served: at its original address's path and query, so the detector's
 * URL signals see what they see on the real site (a section front's `/world`, a video page's
 * `/video/...`), as `npm run eval -- detect` passes them. Only the host differs, which the
 * detector never reads. A path another site's page already took (`/world` at two sites) gets the
 * site's name in front; a page without an address is served under the corpus file's name.
 */
function servedPath(row: LabelledRow, corpus: string, used: Set<string>): string {
  const fallback = `/${corpus}/${row.file.replace(/\.gz$/, '')}`;
  let path = fallback;
  try {
    if (row.url) {
      const url = new URL(row.url);
      path = decodeURIComponent(url.pathname) + url.search;
      if (used.has(path)) path = `/${row.site ?? corpus}${path}`;
      if (used.has(path)) path = `/${corpus}-${used.size}${path}`;
    }
  } catch {
    path = fallback;
  }
  used.add(path);
  return path;
}

/** Up to `limit` items spread evenly over the list (keeps both classes in a labelled corpus). */
export function spread<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}

/**
 * Removes the page's own scripts (JSON-LD stays) so that every millisecond of script time the
 * browser reports on the page is the extension's (or the baseline's).
 */
export function stripPageScripts(html: string): string {
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}
