/**
 * Full article pass, run on pages the detector accepted (and on every page of the body
 * benchmark): metadata from what the page says about itself (metadata.ts) and the main text
 * (body/extract-body.ts). Where the page's own metadata says nothing, Readability's guesses fill
 * the title, byline, site name and language (source "readability"). Never throws: a hostile
 * page ends as null. Pinned by tests/unit/article/extract.test.ts and hostile.test.ts.
 */
import { MAX_TEXT, type Article } from '../models/page-context';
import { extractBody } from './body/extract-body';
import type { ReadabilityResult } from './body/run-readability';
import { checkDomLimits } from './dom-limits';
import { readMetadata, type ArticleMetadata } from './metadata';
import { cleanAuthorNames } from './metadata/authors';

/** Fills the fields the page's metadata left empty from what Readability guessed. */
function fillFromReadability(
  meta: { title: string | null; article: ArticleMetadata },
  r: ReadabilityResult | null,
): Omit<Article, 'text'> {
  const article = { ...meta.article, sources: { ...meta.article.sources } };
  const fill = <K extends 'byline' | 'siteName' | 'lang'>(
    key: K,
    value: string | null | undefined,
    max: number,
  ) => {
    if (article[key] || !value) return;
    article[key] = value.slice(0, max);
    article.sources[key] = 'readability';
  };
  const authors = r?.byline ? cleanAuthorNames(r.byline) : [];
  if (article.authors.length === 0 && authors.length > 0) {
    article.authors = authors.map((a) => a.slice(0, 2_000));
    fill('byline', authors.join(', '), 2_000);
    article.sources.authors = 'readability';
  }
  fill('siteName', r?.siteName, 2_000);
  fill('lang', r?.lang, 35);
  const title = meta.title ?? r?.title ?? '';
  if (!meta.title && r?.title) article.sources.title = 'readability';
  return { ...article, title: title.slice(0, 2_000) };
}

/**
 * Extracts the article's metadata and body text. Null ("not an article") when the page has no
 * document or body, is a frameset, or exceeds the size limits (dom-limits.ts); a page where
 * Readability finds no content keeps its metadata with an empty text.
 */
export function extractArticle(doc: Document, url: string): Article | null {
  try {
    if (checkDomLimits(doc)) return null;
    const meta = readMetadata(doc, url);
    const body = extractBody(doc, meta.title);
    if (body.refused && body.refused !== 'no-content') return null;
    return {
      ...fillFromReadability(meta, body.readability),
      text: body.paragraphs.join('\n\n').slice(0, MAX_TEXT),
    };
  } catch {
    return null;
  }
}
