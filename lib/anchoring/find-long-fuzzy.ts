/**
 * Finds approximate places of quotes longer than one machine word (32 characters) without paying
 * length/32 word operations per text character. A few 32-character seed chunks (first, last, and
 * evenly spaced between) are searched with up to a quarter of their characters edited; each seed
 * hit votes for where the whole quote would start. The best-supported starts (at most
 * MAX_VERIFIED) are verified: the first and last chunks are placed at their best spot near the
 * expected ends, which fixes the boundaries even when one end was reworded, and the middle is
 * checked block by block where proportional placement expects it. A long match's error count is
 * that estimate, not an exact edit distance. Pinned by the long-passage rows of
 * tests/unit/anchoring/anchor-edited.test.ts and by tests/unit/anchoring/hostile.test.ts.
 */
import {
  findBestEnd,
  findMatchStart,
  MAX_WORD_PATTERN as CHUNK,
  searchApproximate,
} from './search-approximate';

/** Seed chunks searched across the whole text. */
const SEEDS = 4;
/** Candidate starts verified in full, best-supported first. */
const MAX_VERIFIED = 64;
/** How far a middle block may sit from where proportional placement expects it. */
const BLOCK_SLACK = 48;

interface Place {
  start: number;
  end: number;
  errors: number;
}

/** Places of `pattern` (> 32 chars) in `text` with at most `rate` of it edited; null if too generic. */
export function findLongPlaces(text: string, pattern: string, rate: number): Place[] | null {
  const votes = collectVotes(text, pattern, rate);
  if (!votes) return null;
  const slack = Math.floor(pattern.length * rate) + CHUNK;
  const places: Place[] = [];
  for (const estimate of votes.slice(0, MAX_VERIFIED)) {
    const place = verifyPlace(text, pattern, estimate.start, slack);
    if (place) places.push(place);
  }
  return places;
}

/** Seed offsets in the pattern: first and last chunk plus evenly spaced ones. */
function seedOffsets(length: number): number[] {
  const last = length - CHUNK;
  const offsets = Array.from({ length: SEEDS }, (_, i) => Math.round((last * i) / (SEEDS - 1)));
  return [...new Set(offsets)];
}

/** Estimated pattern starts with their seed support, best first; null if every seed is too generic. */
function collectVotes(
  text: string,
  pattern: string,
  rate: number,
): { start: number; support: number }[] | null {
  const chunkErrors = Math.floor(CHUNK * rate);
  const estimates: { start: number; support: number }[] = [];
  let searched = false;
  for (const offset of seedOffsets(pattern.length)) {
    const hits = searchApproximate(text, pattern.slice(offset, offset + CHUNK), chunkErrors);
    if (!hits) continue;
    searched = true;
    for (const hit of hits) estimates.push({ start: hit.end - CHUNK - offset, support: CHUNK - hit.errors });
  }
  if (!searched) return null;
  estimates.sort((a, b) => a.start - b.start);
  const merged: { start: number; support: number }[] = [];
  for (const estimate of estimates) {
    const previous = merged[merged.length - 1];
    if (previous && estimate.start - previous.start <= CHUNK) previous.support += estimate.support;
    else merged.push({ ...estimate });
  }
  return merged.sort((a, b) => b.support - a.support);
}

/** Best placement of `chunk` inside `text[from, to)` (ties: ending nearest `target`). */
function placeChunk(text: string, chunk: string, from: number, to: number, target: number): Place | null {
  const hit = findBestEnd(text, chunk, { from, to, target, distanceCost: 0 });
  if (!hit) return null;
  const { start } = findMatchStart(text, chunk, hit.end, chunk.length);
  return { start, end: hit.end, errors: hit.errors };
}

/** The whole pattern placed near `estimate`, with its estimated edits; null if it does not fit. */
function verifyPlace(text: string, pattern: string, estimate: number, slack: number): Place | null {
  const leadEnd = estimate + CHUNK;
  const lead = placeChunk(text, pattern.slice(0, CHUNK), estimate - slack, leadEnd + slack, leadEnd);
  if (!lead) return null;
  const expectedEnd = lead.start + pattern.length;
  const tail = placeChunk(text, pattern.slice(-CHUNK), expectedEnd - slack, expectedEnd + slack, expectedEnd);
  if (!tail || tail.end <= lead.start + CHUNK) return null;
  const middle = measureMiddleErrors(text, pattern, lead.start, tail.end);
  const checked = Math.min(pattern.length, 2 * CHUNK) + middle.checked;
  const errors = Math.round(((lead.errors + tail.errors + middle.errors) / checked) * pattern.length);
  return { start: lead.start, end: tail.end, errors };
}

/** Estimated edits in the pattern's middle (between first and last chunk) against `text[start, end)`. */
function measureMiddleErrors(text: string, pattern: string, start: number, end: number) {
  const scale = (end - start) / pattern.length;
  let errors = 0;
  let checked = 0;
  for (let offset = CHUNK; offset < pattern.length - CHUNK; offset += CHUNK) {
    const block = pattern.slice(offset, Math.min(offset + CHUNK, pattern.length - CHUNK));
    const expected = start + Math.round(offset * scale);
    const hits = searchApproximate(
      text,
      block,
      block.length,
      Math.max(start, expected - BLOCK_SLACK),
      Math.min(end, expected + block.length + BLOCK_SLACK),
    );
    errors += Math.min(block.length, ...(hits ?? []).map((h) => h.errors));
    checked += block.length;
  }
  return { errors, checked };
}
