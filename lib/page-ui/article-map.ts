/**
 * Maps offsets in the article text (Readability's paragraphs, joined by blank lines) to offsets in
 * the live page's text, once per page: each article paragraph is found in the page text in order,
 * both texts normalised as for anchoring (white space dropped, quotes and dashes unified: see
 * lib/anchoring/normalize-text.ts), so any span inside found paragraphs maps with two binary
 * searches. Spans that do not map (a paragraph the page lacks) fall back to a quote search
 * (lib/page-ui/place.ts). Pinned by tests/unit/page-ui/article-map.test.ts.
 */
import {
  normalizeText,
  toNormalizedOffset,
  toOriginalSpan,
  type NormalizedText,
} from '../anchoring/normalize-text';

export interface ArticleMap {
  /** Page-text span of the article-text span [start, end), or null when it cannot be mapped. */
  toPage: (start: number, end: number) => { start: number; end: number } | null;
  /** How many of the article's paragraphs were found in the page. */
  found: number;
  total: number;
}

/** Most paragraphs looked for in the page (the work is bounded on hostile pages). */
const MAX_PARAGRAPHS = 5_000;

/** Builds the article -> page offset map (`article`: the article text normalised, if at hand). */
export function mapArticleToPage(
  articleText: string,
  pageText: string,
  article: NormalizedText = normalizeText(articleText),
): ArticleMap {
  const page = normalizeText(pageText);
  // Found paragraph i spans [from[i], to[i]) of the normalised article, and starts at at[i] in
  // the normalised page. Paragraphs are found in order, so `from` ascends.
  const from: number[] = [];
  const to: number[] = [];
  const at: number[] = [];
  let total = 0;
  let cursor = 0;
  let start = 0;
  for (const paragraph of articleText.split('\n\n', MAX_PARAGRAPHS)) {
    const keyFrom = toNormalizedOffset(article, start);
    const keyTo = toNormalizedOffset(article, start + paragraph.length);
    start += paragraph.length + 2;
    if (keyTo <= keyFrom) continue;
    total++;
    const key = article.text.slice(keyFrom, keyTo);
    const found = page.text.indexOf(key, cursor);
    if (found < 0) continue;
    cursor = found + key.length;
    from.push(keyFrom);
    to.push(keyTo);
    at.push(found);
  }
  /** Normalised page offset of normalised article offset `n`, or -1 outside found paragraphs. */
  const toPageOffset = (n: number): number => {
    let low = 0;
    let high = from.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (from[mid]! <= n) low = mid + 1;
      else high = mid;
    }
    const i = low - 1;
    return i >= 0 && n < to[i]! ? at[i]! + (n - from[i]!) : -1;
  };
  return {
    found: from.length,
    total,
    toPage(spanStart, spanEnd) {
      if (!(spanStart >= 0 && spanEnd > spanStart)) return null;
      // The first and last normalised characters of the span (its white space ends do not count).
      const first = toPageOffset(toNormalizedOffset(article, spanStart));
      const last = toPageOffset(toNormalizedOffset(article, spanEnd) - 1);
      if (first < 0 || last < first) return null;
      const [s] = toOriginalSpan(page, first, first + 1);
      const [, e] = toOriginalSpan(page, last, last + 1);
      return e > s ? { start: s, end: e } : null;
    },
  };
}
