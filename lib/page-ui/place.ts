/**
 * Where article-text passages are in the live page. Clippings, claims and organization mentions
 * are stored as offsets into the article text (PageContext.article.text, extracted off the page);
 * in the page we find the same words in the DOM's text, by quote with context, so whitespace and
 * markup differences between the two texts do not matter. Pinned by tests/unit/page-ui/*.test.ts.
 */
import {
  anchorAllInText,
  anchorInText,
  buildTextIndex,
  describeSelection,
  offsetsFromRange,
  pointsFromOffsets,
  prepareAnchorText,
  type AnchorResult,
  type BoundaryPoints,
  type NormalizedText,
  type TextIndex,
  type TextSelectors,
} from '../anchoring/index';
import { mapArticleToPage, type ArticleMap } from './article-map';

/** Text index of the page body (our own UI hosts and highlights' hosts are skipped). */
export function indexPage(doc: Document): TextIndex | null {
  return doc.body ? buildTextIndex(doc.body) : null;
}

/** Page-text span of the article-text span [start, end): through the map, else by its quote. */
export function findPageSpan(
  index: TextIndex,
  articleText: string,
  map: ArticleMap | null,
  start: number,
  end: number,
): { start: number; end: number } | null {
  if (!(start >= 0 && end > start && end <= articleText.length)) return null;
  const mapped = map?.toPage(start, end);
  if (mapped) return mapped;
  const { quote } = describeSelection(articleText, start, end);
  const found = anchorInText(index.text, { quote, position: null });
  return found.status === 'anchored' ? { start: found.start, end: found.end } : null;
}

/** DOM points of the article-text span [start, end), or null when the page no longer shows it. */
export function findArticleSpan(
  index: TextIndex,
  articleText: string,
  start: number,
  end: number,
): BoundaryPoints | null {
  const span = findPageSpan(index, articleText, mapArticleToPage(articleText, index.text), start, end);
  return span ? pointsFromOffsets(index, span.start, span.end) : null;
}

/**
 * Page-text spans of many article-text spans at once (one map for all, one quote search over the
 * page text for those the map cannot place), in reverse document order, so that drawing one never
 * moves the points of another.
 */
export function findPageSpans<T extends { start: number; end: number }>(
  index: TextIndex,
  articleText: string,
  spans: T[],
  article?: NormalizedText,
): (T & { page: { start: number; end: number } })[] {
  const map = mapArticleToPage(articleText, index.text, article);
  const isValid = (s: T): boolean => s.start >= 0 && s.end > s.start && s.end <= articleText.length;
  const pages = spans.map((s) => (isValid(s) ? map.toPage(s.start, s.end) : null));
  const unmapped = spans.flatMap((s, i) => (pages[i] === null && isValid(s) ? [i] : []));
  const quotes = unmapped.map((i) => ({
    quote: describeSelection(articleText, spans[i]!.start, spans[i]!.end).quote,
    position: null,
  }));
  const found = quotes.length > 0 ? anchorAllInText(index.text, quotes) : [];
  found.forEach((result, k) => {
    if (result.status === 'anchored') pages[unmapped[k]!] = { start: result.start, end: result.end };
  });
  return spans
    .flatMap((span, i) => {
      const page = pages[i];
      return page ? [{ ...span, page }] : [];
    })
    .sort((a, b) => b.page.start - a.page.start);
}

/**
 * Page-text spans of stored clippings, in reverse document order: each is anchored first in the
 * article text (position, quote, fuzzy), then mapped into the page; without article text, its
 * quote is looked for in the page text directly. Clippings that are not found are left out (the
 * popup lists them as orphans).
 */
export function placeClippings<T extends TextSelectors & { id: string }>(
  index: TextIndex,
  articleText: string | null,
  clippings: T[],
): { id: string; result: AnchorResult; page: { start: number; end: number } }[] {
  if (!articleText) {
    const results = anchorAllInText(
      index.text,
      clippings.map((c) => ({ quote: c.quote, position: null })),
    );
    return clippings
      .flatMap((c, i) => {
        const result = results[i]!;
        return result.status === 'anchored'
          ? [{ id: c.id, result, page: { start: result.start, end: result.end } }]
          : [];
      })
      .sort((a, b) => b.page.start - a.page.start);
  }
  const article = prepareAnchorText(articleText);
  const results = anchorAllInText(articleText, clippings, article);
  const anchored = clippings.flatMap((c, i) => {
    const result = results[i]!;
    return result.status === 'anchored' ? [{ id: c.id, result, start: result.start, end: result.end }] : [];
  });
  return findPageSpans(index, articleText, anchored, article).map(({ id, result, page }) => ({
    id,
    result,
    page,
  }));
}

/**
 * Selectors for a selection in the page: over the article text when the selected words are found
 * there (so positions survive page chrome changing), else a quote over the page text alone.
 */
export function describePageSelection(
  index: TextIndex,
  range: BoundaryPoints,
  articleText: string | null,
): TextSelectors | null {
  const offsets = offsetsFromRange(index, range);
  if (!offsets || offsets.end - offsets.start > 20_000) return null;
  const inPage = describeSelection(index.text, offsets.start, offsets.end);
  if (!inPage.quote.exact.trim()) return null;
  if (articleText) {
    const inArticle = anchorInText(articleText, { quote: inPage.quote, position: null });
    if (inArticle.status === 'anchored')
      return describeSelection(articleText, inArticle.start, inArticle.end);
  }
  return { quote: inPage.quote, position: null };
}
