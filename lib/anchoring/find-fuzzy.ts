/**
 * Finds places where a quote occurs with edits, bounded in work. Quotes of up to 32 characters are
 * searched whole (Myers, one machine word); longer ones go through find-long-fuzzy.ts. Pinned by
 * the reworded rows of tests/unit/anchoring/anchor-edited.test.ts.
 */
import { findLongPlaces } from './find-long-fuzzy';
import { findMatchStart, MAX_WORD_PATTERN, searchApproximate } from './search-approximate';

/** At most this share of a quote's characters may be edited for a fuzzy match. */
export const MAX_ERROR_RATE = 0.25;

/** A place the quote approximately occupies (normalised offsets) and its (estimated) edit count. */
export interface FuzzyPlace {
  start: number;
  end: number;
  errors: number;
}

/** Fuzzy places of `pattern` in `text`, or null when the pattern is too generic (too many hits). */
export function findFuzzyPlaces(text: string, pattern: string): FuzzyPlace[] | null {
  if (pattern.length > MAX_WORD_PATTERN) return findLongPlaces(text, pattern, MAX_ERROR_RATE);
  const maxErrors = Math.floor(pattern.length * MAX_ERROR_RATE);
  const hits = searchApproximate(text, pattern, maxErrors);
  if (!hits) return null;
  return hits.map((hit) => {
    const { start } = findMatchStart(text, pattern, hit.end, maxErrors);
    return { start, end: hit.end, errors: hit.errors };
  });
}
