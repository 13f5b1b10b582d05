/**
 * Decides which places count as approximate matches of a short pattern (local minima of the edit
 * count from myers.ts, a long flat bottom counting as many places so repetitive text reads as
 * "too generic"), where the best one in a window ends, and where a match starts. Fuzzy matching
 * and context scoring are built on these. Pinned by tests/unit/anchoring/search-approximate.test.ts.
 */
import { MAX_FUZZY_HITS } from './limits';
import { scanErrors } from './myers';

export { MAX_WORD_PATTERN } from './myers';

/** A place where the pattern ends (index after its last character) with `errors` edits. */
export interface ApproximateHit {
  end: number;
  errors: number;
}

/**
 * Where `pattern` (1..32 chars) occurs in `text[from, to)` with at most `maxErrors` edits: every
 * local minimum of the edit count (the last end of a flat bottom; a bottom longer than the pattern
 * counts once per pattern length). Null when there are more than `limit` such places, so a pattern
 * matching everywhere is reported as too generic.
 */
export function searchApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
  limit = MAX_FUZZY_HITS,
): ApproximateHit[] | null {
  const hits: ApproximateHit[] = [];
  const scores = scanErrors(text, pattern, from, Math.min(to, text.length) - from);
  let pending: ApproximateHit | null = null;
  let previous = Infinity;
  let flatSince = 0;
  for (let i = 0; i < scores.length && hits.length <= limit; i++) {
    const errors = scores[i] ?? 0;
    const end = from + i + 1;
    if (pending && errors > pending.errors) {
      hits.push(pending);
      pending = null;
    }
    if (errors !== previous) flatSince = end;
    // A flat bottom longer than the pattern is many places (repetitive text), not one.
    if (pending && end - flatSince >= pattern.length) {
      hits.push(pending);
      pending = null;
      flatSince = end;
    }
    if (errors <= maxErrors && errors <= previous) pending = { end, errors };
    previous = errors;
  }
  if (pending) hits.push(pending);
  return hits.length > limit ? null : hits;
}

/**
 * The end in `text[from, to)` where `pattern` (1..32 chars) matches best: fewest edits plus
 * `distanceCost` per character between the end and `target` (ties: nearest `target`). `errors`
 * is the edit count alone. Null for an empty window.
 */
export function findBestEnd(
  text: string,
  pattern: string,
  window: { from: number; to: number; target: number; distanceCost: number },
): ApproximateHit | null {
  const start = Math.max(0, window.from);
  const count = Math.min(text.length, window.to) - start;
  if (count <= 0) return null;
  const { target, distanceCost } = window;
  const scores = scanErrors(text, pattern, start, count);
  let best = { end: start, errors: 0, cost: Number.POSITIVE_INFINITY };
  for (let i = 0; i < count; i++) {
    const end = start + i + 1;
    const errors = scores[i] ?? 0;
    const cost = errors + distanceCost * Math.abs(end - target);
    const nearer = Math.abs(end - target) < Math.abs(best.end - target);
    if (cost < best.cost || (cost === best.cost && nearer)) best = { end, errors, cost };
  }
  return { end: best.end, errors: best.errors };
}

/**
 * Where a match of `pattern` ending at `end` starts: scans backwards with the reversed pattern and
 * keeps the start with the fewest edits (ties: the length closest to the pattern's).
 */
export function findMatchStart(
  text: string,
  pattern: string,
  end: number,
  maxErrors: number,
): { start: number; errors: number } {
  const reversed = pattern.split('').reverse().join('');
  const count = Math.min(end, pattern.length + maxErrors);
  const scores = scanErrors(text, reversed, end, count, true);
  let best = { start: Math.max(0, end - pattern.length), errors: Number.POSITIVE_INFINITY };
  for (let i = 0; i < count; i++) {
    const start = end - 1 - i;
    const errors = scores[i] ?? 0;
    const closer = Math.abs(end - start - pattern.length) < Math.abs(end - best.start - pattern.length);
    if (errors < best.errors || (errors === best.errors && closer)) best = { start, errors };
  }
  return best;
}
