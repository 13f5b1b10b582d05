/**
 * Decides how well the text around a candidate agrees with the saved prefix and suffix. Each side
 * is aligned approximately (Myers) near the candidate's boundary; its score is
 * 1 - (edits + distance of the aligned side from the boundary) / length, so a word inserted next
 * to the quote costs its length and a copy of a short quote a few characters away scores lower
 * than the real one. Sides are weighted by how much context was saved (a selection at the very
 * start of the text has no prefix). snapToContext moves fuzzy boundaries to where a well-aligned
 * side says they are (edit distance alone cannot tell "their trade" from "their business").
 * Pinned by tests/unit/anchoring/anchor-copies.test.ts, anchor-edited.test.ts and
 * anchor-property.test.ts.
 */
import { findBestEnd, findMatchStart } from './search-approximate';
import type { NormalizedQuote } from './types';

/** Context score when nothing around the quote was saved (it spanned the whole text). */
export const NEUTRAL_CONTEXT = 0.5;

/** How far (characters) a context side is looked for from the candidate's boundary. */
const DRIFT = 8;

/** A side aligning with at most this share of edits may move a fuzzy boundary. */
const SNAP_ERROR_RATE = 0.25;

interface SideMatch {
  /** Edits in the aligned side, and how far it sits from the boundary. */
  errors: number;
  distance: number;
  /** Where the quote's boundary is according to this side. */
  boundary: number;
}

function alignPrefix(text: string, start: number, prefix: string, distanceCost: number): SideMatch | null {
  const window = { from: start - prefix.length - DRIFT, to: start + DRIFT, target: start, distanceCost };
  const hit = findBestEnd(text, prefix, window);
  return hit && { errors: hit.errors, distance: Math.abs(hit.end - start), boundary: hit.end };
}

function alignSuffix(text: string, end: number, suffix: string, distanceCost: number): SideMatch | null {
  const target = end + suffix.length;
  const hit = findBestEnd(text, suffix, { from: end - DRIFT, to: target + DRIFT, target, distanceCost });
  if (!hit) return null;
  const { start } = findMatchStart(text, suffix, hit.end, suffix.length);
  return { errors: hit.errors, distance: Math.abs(start - end), boundary: start };
}

function scoreSide(side: SideMatch | null, length: number): number {
  return side ? Math.max(0, 1 - (side.errors + side.distance) / length) * length : 0;
}

/**
 * Agreement in [0, 1] of normalised `text` around `[start, end)` with the saved context. A side
 * found verbatim at the boundary scores in full without an alignment: the alignment would find it
 * there with no edits at no distance, and it is what every clipping of an unchanged page has.
 */
export function scoreContext(text: string, start: number, end: number, quote: NormalizedQuote): number {
  const { prefix, suffix } = quote;
  if (prefix.length + suffix.length === 0) return NEUTRAL_CONTEXT;
  let before = 0;
  if (prefix.length > 0 && start >= prefix.length && text.startsWith(prefix, start - prefix.length)) {
    before = prefix.length;
  } else if (prefix.length > 0) {
    before = scoreSide(alignPrefix(text, start, prefix, 1), prefix.length);
  }
  let after = 0;
  if (suffix.length > 0 && text.startsWith(suffix, end)) after = suffix.length;
  else if (suffix.length > 0) after = scoreSide(alignSuffix(text, end, suffix, 1), suffix.length);
  return (before + after) / (prefix.length + suffix.length);
}

/** `[start, end)` with each boundary moved to where a well-aligned context side puts it. */
export function snapToContext(text: string, start: number, end: number, quote: NormalizedQuote) {
  const { prefix, suffix } = quote;
  const before = prefix.length > 0 ? alignPrefix(text, start, prefix, 0) : null;
  const after = suffix.length > 0 ? alignSuffix(text, end, suffix, 0) : null;
  const snappedStart = before && before.errors <= prefix.length * SNAP_ERROR_RATE ? before.boundary : start;
  const snappedEnd = after && after.errors <= suffix.length * SNAP_ERROR_RATE ? after.boundary : end;
  return snappedStart < snappedEnd ? { start: snappedStart, end: snappedEnd } : { start, end };
}
