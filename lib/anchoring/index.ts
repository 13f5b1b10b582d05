/**
 * Anchoring: describe a selection as W3C text selectors, find it again after the page changed
 * (or say honestly that it is gone), map text offsets to DOM ranges, and paint highlights.
 */
export { anchorAllInText, anchorInText, MIN_LONE_QUOTE_CHARS, prepareAnchorText } from './anchor-text';
export { describeSelection } from './describe';
export { hasTextChanged } from './detect-edits';
export {
  HIGHLIGHT_ID_ATTRIBUTE,
  HIGHLIGHT_TAG,
  unwrapHighlights,
  wrapRange,
  wrapSpans,
  type HighlightAttributes,
} from './highlight';
export type { SpanToWrap } from './wrap-spans';
export { CONTEXT_CHARS, MAX_INDEX_CHARS, MAX_QUOTE_CHARS } from './limits';
export { MIN_FUZZY_CHARS } from './match-fuzzy';
export type { NormalizedText } from './normalize-text';
export { buildTextIndex, UI_HOST_ATTRIBUTE, type TextIndex } from './text-index';
export { offsetsFromRange, pointsFromOffsets, rangeFromOffsets, type BoundaryPoints } from './text-points';
export type { AnchorMethod, AnchorResult, DescribedSelection, TextSelectors } from './types';
