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
      .map((line) => JSON.parse(line) as { file: string; is_article: boolean });
    return spread(rows, limit).map((row) => ({
      path: `/${name}/${row.file.replace(/\.gz$/, '')}`,
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

/** Up to `limit` items spread evenly over the list (keeps both classes in a labelled corpus). */
function spread<T>(items: T[], limit: number): T[] {
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
