/**
 * Decides whether an edited passage can be trusted where an approximate search found it. Short
 * quotes never fuzzy-match (Hypothesis placed the quote "Linus" on "chines"): a quote needs at
 * least MIN_FUZZY_CHARS normalised characters, at most MAX_ERROR_RATE of them edited, and context
 * that clearly agrees (>= 0.65) on top; near-ties between places are broken only by the saved
 * position, otherwise the passage is an orphan. Pinned by
 * tests/unit/anchoring/anchor-edited.test.ts and the short-quote property of anchor-property.test.ts.
 */
import { findFuzzyPlaces, MAX_ERROR_RATE } from './find-fuzzy';
import { pickCandidate, type Candidate, type Pick } from './pick-candidate';
import { scoreContext, snapToContext } from './score-context';
import type { NormalizedQuote } from './types';

/** Quotes shorter than this (normalised: without white space) are never matched approximately. */
export const MIN_FUZZY_CHARS = 10;

/** Context agreement a fuzzy match must show. */
export const FUZZY_CONTEXT_FLOOR = 0.65;

/** Two fuzzy places whose scores differ by less than this are a near-tie. */
const FUZZY_MARGIN = 0.05;

/** A fuzzy candidate with its text similarity and context agreement (score = their mean). */
export interface FuzzyCandidate extends Candidate {
  textSimilarity: number;
  context: number;
}

/** Result of the fuzzy search: a pick, or why there was none to make. */
export type FuzzyMatch = Pick<FuzzyCandidate> | { kind: 'too-many' } | { kind: 'too-short' };

/** Finds the quote approximately in normalised `text`, trusting only strong context. */
export function matchFuzzy(text: string, quote: NormalizedQuote, hint: number | null): FuzzyMatch {
  const length = quote.exact.length;
  if (length < MIN_FUZZY_CHARS) return { kind: 'too-short' };
  const places = findFuzzyPlaces(text, quote.exact);
  if (!places) return { kind: 'too-many' };
  const candidates: FuzzyCandidate[] = [];
  for (const place of places) {
    const textSimilarity = 1 - place.errors / length;
    if (textSimilarity < 1 - MAX_ERROR_RATE) continue;
    const { start, end } = snapToContext(text, place.start, place.end, quote);
    const context = scoreContext(text, start, end, quote);
    if (context < FUZZY_CONTEXT_FLOOR) continue;
    candidates.push({ start, end, textSimilarity, context, score: (textSimilarity + context) / 2 });
  }
  return pickCandidate(candidates, { floor: 0, margin: FUZZY_MARGIN, hint });
}
