/**
 * Decides where a saved passage is in today's text, in order of trust: its saved position (same
 * text there, surroundings unchanged), then its exact quote (copies told apart by context,
 * near-ties by position; the copy at the saved position still reports 'position'), then a bounded
 * fuzzy match that needs strong context, and last a quote that occurs exactly once but lost its
 * context (long quotes only). Anything less certain is an orphan with a reason: a highlight in the
 * wrong place is worse than a missing one. Pinned by tests/unit/anchoring/anchor-text.test.ts,
 * anchor-copies.test.ts, anchor-edited.test.ts and anchor-property.test.ts.
 */
import { MAX_ANCHOR_TEXT_CHARS } from './limits';
import { EXACT_MARGIN, matchExact, type ExactMatch } from './match-exact';
import { matchFuzzy, type FuzzyMatch } from './match-fuzzy';
import {
  normalizeQuote,
  normalizeText,
  toNormalizedOffset,
  toOriginalSpan,
  type NormalizedText,
} from './normalize-text';
import { scoreContext } from './score-context';
import type { AnchorMethod, AnchorResult, NormalizedQuote, TextPosition, TextSelectors } from './types';

/** A quote that occurs once with its context rewritten is trusted only from this many characters. */
export const MIN_LONE_QUOTE_CHARS = 20;

function anchored(
  doc: NormalizedText,
  span: { start: number; end: number },
  method: AnchorMethod,
  confidence: number,
): AnchorResult {
  const [start, end] = toOriginalSpan(doc, span.start, span.end);
  return { status: 'anchored', start, end, method, confidence: Math.round(confidence * 100) / 100 };
}

/** The saved position in normalised offsets, if it is inside the text and holds the quote. */
function normalizePosition(
  text: string,
  doc: NormalizedText,
  quote: NormalizedQuote,
  position: TextPosition | null,
) {
  if (!position || position.start >= position.end || position.end > text.length) return null;
  const start = toNormalizedOffset(doc, position.start);
  const end = toNormalizedOffset(doc, position.end);
  return doc.text.slice(start, end) === quote.exact ? { start, end } : null;
}

function anchoredAtPosition(position: TextPosition, context: number): AnchorResult {
  const confidence = Math.round((0.9 + 0.1 * context) * 100) / 100;
  return { status: 'anchored', start: position.start, end: position.end, method: 'position', confidence };
}

/**
 * Finds the passage described by `selectors` in `text`. Offsets of an anchored result are in
 * `text` (white space around a re-found quote is not included). Never throws on hostile input.
 */
export function anchorInText(text: string, selectors: TextSelectors): AnchorResult {
  return anchorNormalized(text, prepareAnchorText(text), selectors);
}

/**
 * anchorInText for every clipping of a page, normalising the text once (or not at all when the
 * caller already has it from prepareAnchorText, to map the same text elsewhere).
 */
export function anchorAllInText(
  text: string,
  selectorsList: readonly TextSelectors[],
  prepared: NormalizedText = prepareAnchorText(text),
): AnchorResult[] {
  return selectorsList.map((selectors) => anchorNormalized(text, prepared, selectors));
}

/** `text` normalised as the anchoring functions search it (bounded by MAX_ANCHOR_TEXT_CHARS). */
export function prepareAnchorText(text: string): NormalizedText {
  return normalizeText(text.length > MAX_ANCHOR_TEXT_CHARS ? text.slice(0, MAX_ANCHOR_TEXT_CHARS) : text);
}

function anchorNormalized(text: string, doc: NormalizedText, selectors: TextSelectors): AnchorResult {
  const quote = normalizeQuote(selectors.quote);
  if (quote.exact.length === 0) return orphan('the quote has no text to look for');
  const { position } = selectors;
  const held = position && normalizePosition(text, doc, quote, position);
  // Unchanged surroundings: nothing else can beat the saved position, skip the search.
  const heldContext = held ? scoreContext(doc.text, held.start, held.end, quote) : 0;
  if (position && held && heldContext >= 1 - EXACT_MARGIN) return anchoredAtPosition(position, heldContext);
  const hint = position ? toNormalizedOffset(doc, position.start) : null;
  const exact = matchExact(doc.text, quote, hint);
  if (exact.kind === 'picked') {
    const { candidate, tieBroken } = exact;
    if (position && held?.start === candidate.start) return anchoredAtPosition(position, candidate.score);
    return anchored(doc, candidate, 'quote', 0.8 + 0.15 * candidate.score - (tieBroken ? 0.1 : 0));
  }
  // Verbatim copies that context cannot tell apart: an approximate search cannot do better.
  if (exact.kind === 'ambiguous' || exact.kind === 'too-many') return orphan(explainExact(exact));
  const fuzzy = matchFuzzy(doc.text, quote, hint);
  if (fuzzy.kind === 'picked') {
    const { candidate, tieBroken } = fuzzy;
    return anchored(doc, candidate, 'fuzzy', 0.8 * candidate.score - (tieBroken ? 0.1 : 0));
  }
  if (exact.kind === 'weak' && quote.exact.length >= MIN_LONE_QUOTE_CHARS) {
    return anchored(doc, exact.candidate, 'quote', 0.6);
  }
  return orphan(exact.kind === 'weak' ? explainExact(exact) : explainFuzzy(fuzzy));
}

function orphan(reason: string): AnchorResult {
  return { status: 'orphan', reason };
}

function explainExact(exact: ExactMatch): string {
  if (exact.kind === 'too-many') return 'the quote occurs too often to place without its position';
  if (exact.kind === 'ambiguous') {
    return `the quote occurs ${exact.count} times and its context does not tell which one`;
  }
  return 'the quote occurs once but neither its context nor its position agree';
}

function explainFuzzy(fuzzy: FuzzyMatch): string {
  if (fuzzy.kind === 'too-short') return 'the quote is gone and is too short to look for approximately';
  if (fuzzy.kind === 'too-many') return 'the quote is gone and too generic to look for approximately';
  if (fuzzy.kind === 'ambiguous') return 'several passages resemble the quote and none stands out';
  return 'no passage matches the quote closely with agreeing context';
}
