/** Types shared by the anchoring functions (W3C Web Annotation selectors and their results). */
import type { TextPosition, TextQuote } from '../storage/records';

export type { TextPosition, TextQuote };

/** What a clipping stores to find its passage again: a quote with context and, if known, offsets. */
export interface TextSelectors {
  quote: TextQuote;
  position: TextPosition | null;
}

/** describeSelection's answer: both selectors for one selection. */
export interface DescribedSelection {
  quote: TextQuote;
  position: TextPosition;
}

/** How a passage was found: at its saved offsets, by its exact quote, or approximately. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where the passage is now, in the original (un-normalised) text, or why it was not placed. */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; confidence: number }
  | { status: 'orphan'; reason: string };

/** A quote after normalize-text.ts: what the matchers compare. */
export interface NormalizedQuote {
  exact: string;
  prefix: string;
  suffix: string;
}
