/**
 * Where article-text passages are in the live page. Clippings, claims and organization mentions
 * are stored as offsets into the article text (PageContext.article.text, extracted off the page);
 * in the page we find the same words in the DOM's text, by quote with context, so whitespace and
 * markup differences between the two texts do not matter. Pinned by tests/unit/page-ui/*.test.ts.
 */
import {
  anchorInText,
  buildTextIndex,
  describeSelection,
  offsetsFromRange,
  pointsFromOffsets,
  type AnchorResult,
  type BoundaryPoints,
  type TextIndex,
  type TextSelectors,
} from '../anchoring/index';

/** Text index of the page body (our own UI hosts and highlights' hosts are skipped). */
export function indexPage(doc: Document): TextIndex | null {
  return doc.body ? buildTextIndex(doc.body) : null;
}

/** DOM points of the article-text span [start, end), or null when the page no longer shows it. */
export function findArticleSpan(
  index: TextIndex,
  articleText: string,
  start: number,
  end: number,
): BoundaryPoints | null {
  if (!(start >= 0 && end > start && end <= articleText.length)) return null;
  const { quote } = describeSelection(articleText, start, end);
  const found = anchorInText(index.text, { quote, position: null });
  return found.status === 'anchored' ? pointsFromOffsets(index, found.start, found.end) : null;
}

/**
 * Where a stored clipping is now: first in the article text (position, quote, fuzzy: the anchoring
 * method the popup reports), then in the page. Without article text, directly in the page text.
 */
export function placeClipping(
  index: TextIndex,
  articleText: string | null,
  selectors: TextSelectors,
): { result: AnchorResult; points: BoundaryPoints | null } {
  if (!articleText) {
    const result = anchorInText(index.text, { quote: selectors.quote, position: null });
    const points = result.status === 'anchored' ? pointsFromOffsets(index, result.start, result.end) : null;
    return { result, points };
  }
  const result = anchorInText(articleText, selectors);
  if (result.status !== 'anchored') return { result, points: null };
  return { result, points: findArticleSpan(index, articleText, result.start, result.end) };
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
