/**
 * Myers' bit-parallel approximate matching (1999) in one 32-bit word: for every text position, the
 * fewest edits (insertions, deletions, substitutions) with which a pattern of at most 32
 * characters ends there, in time linear in the text. search-approximate.ts builds on it. Pinned
 * by tests/unit/anchoring/search-approximate.test.ts (against the textbook dynamic programme).
 */

/** The longest pattern one machine word can search. */
export const MAX_WORD_PATTERN = 32;

/** Bit masks of where each character occurs in the pattern: an array for ASCII, a map beyond. */
function buildMasks(pattern: string): (code: number) => number {
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 128) ascii[code] = (ascii[code] ?? 0) | (1 << i);
    else other.set(code, (other.get(code) ?? 0) | (1 << i));
  }
  return (code) => (code < 128 ? (ascii[code] ?? 0) : (other.get(code) ?? 0));
}

/**
 * Myers' search of `pattern` (1..32 chars) over `count` characters of `text` from `from` (going
 * backwards from `from - 1` when `backwards`): the fewest edits with which the pattern ends after
 * each character, as an array (edits never exceed the pattern length, so bytes suffice).
 */
export function scanErrors(
  text: string,
  pattern: string,
  from: number,
  count: number,
  backwards = false,
): Uint8Array {
  const maskOf = buildMasks(pattern);
  const scores = new Uint8Array(Math.max(0, count));
  const last = 1 << (pattern.length - 1);
  let pv = -1;
  let mv = 0;
  let errors = pattern.length;
  for (let i = 0; i < count; i++) {
    const eq = maskOf(text.charCodeAt(backwards ? from - 1 - i : from + i));
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) errors++;
    else if (mh & last) errors--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    scores[i] = errors;
  }
  return scores;
}
