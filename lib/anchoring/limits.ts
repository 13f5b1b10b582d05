/**
 * Work caps for anchoring. Page text is hostile: a page can be huge or built to make a search
 * run away, so every loop over it is bounded by one of these.
 */

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_CHARS = 32;

/** The longest quote a clipping may store (TextQuoteSchema.exact). */
export const MAX_QUOTE_CHARS = 20_000;

/** Text beyond this many characters is not searched (positions there can still match). */
export const MAX_ANCHOR_TEXT_CHARS = 4_000_000;

/** buildTextIndex stops after this many characters of page text... */
export const MAX_INDEX_CHARS = 2_000_000;

/** ...or after visiting this many DOM nodes. */
export const MAX_INDEX_NODES = 200_000;

/** More exact occurrences than this: the quote is too common to place by context. */
export const MAX_EXACT_CANDIDATES = 5_000;

/** More approximate hits than this: the pattern is too generic to fuzzy-match honestly. */
export const MAX_FUZZY_HITS = 2_000;
