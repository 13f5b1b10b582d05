/**
 * Decides where an exact (normalised) quote is when its saved position no longer holds: every
 * occurrence is scored by context agreement; one whose context agrees (>= 0.5) and beats the
 * others by more than a character's worth wins, near-ties go to the occurrence nearest the saved
 * position, and copies with no context agreement stay ambiguous (orphan, never a guess). A quote that occurs exactly
 * once but whose surroundings were rewritten is reported `weak`: anchor-text.ts accepts it only
 * for long quotes, after a fuzzy search found nothing better. Pinned by the insertion rows of
 * tests/unit/anchoring/anchor-text.test.ts and the rows of anchor-copies.test.ts.
 */
import { MAX_EXACT_CANDIDATES } from './limits';
import { pickCandidate, type Candidate, type Pick } from './pick-candidate';
import { scoreContext } from './score-context';
import type { NormalizedQuote } from './types';

/** Context agreement an exact occurrence needs to be chosen over its copies. */
export const EXACT_CONTEXT_FLOOR = 0.5;

/** Occurrences whose context scores differ by less than this (about one character) are a near-tie. */
export const EXACT_MARGIN = 0.02;

/** Result of the exact search: a pick, or too many occurrences to score. */
export type ExactMatch = Pick<Candidate> | { kind: 'too-many' };

/** Every start of `exact` in `text` (overlapping included), or null past MAX_EXACT_CANDIDATES. */
export function findOccurrences(text: string, exact: string): number[] | null {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (starts.length === MAX_EXACT_CANDIDATES) return null;
    starts.push(at);
  }
  return starts;
}

/** Finds the exact quote in normalised `text`, choosing among copies by context and `hint`. */
export function matchExact(text: string, quote: NormalizedQuote, hint: number | null): ExactMatch {
  const starts = findOccurrences(text, quote.exact);
  if (starts === null) return { kind: 'too-many' };
  const candidates = starts.map((start) => {
    const end = start + quote.exact.length;
    return { start, end, score: scoreContext(text, start, end, quote) };
  });
  return pickCandidate(candidates, { floor: EXACT_CONTEXT_FLOOR, margin: EXACT_MARGIN, hint });
}
