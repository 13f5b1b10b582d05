/**
 * Decides which differences between the saved quote and today's text do not count: all white
 * space (collapsed, expanded, non-breaking, zero-width, soft hyphens), curly vs straight quotes,
 * dash variants, the ellipsis character and the fi/fl ligatures. Markup changes mostly show up as
 * white space appearing or vanishing between blocks ("Title\n\nBody" vs "TitleBody"), so white
 * space is dropped, not collapsed. Each normalised character remembers the original index it came
 * from, so matches map back to the original text. Pinned by tests/unit/anchoring/normalize.test.ts
 * and the whitespace/markup rows of anchor-text.test.ts.
 */
import type { NormalizedQuote, TextQuote } from './types';

/** Normalised text plus, for each of its characters, the index of the original character. */
export interface NormalizedText {
  text: string;
  /** `origins[i]` is the original index of normalised character i (one code unit each). */
  origins: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

const REPLACEMENTS: ReadonlyMap<number, string> = new Map([
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032].map((c): [number, string] => [c, "'"]),
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033].map((c): [number, string] => [c, '"']),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212].map((c): [number, string] => [c, '-']),
  [0x2026, '...'],
  [0xfb01, 'fi'],
  [0xfb02, 'fl'],
]);

/** White space (JavaScript's \s), soft hyphen and zero-width characters. */
function isIgnored(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code >= 0x2000 && code <= 0x200d) return true;
  switch (code) {
    case 0xa0:
    case 0xad:
    case 0x1680:
    case 0x180e:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x2060:
    case 0x3000:
    case 0xfeff:
      return true;
    default:
      return false;
  }
}

function toString(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8_192) {
    // apply, not spread: spreading a typed array goes through its iterator (ten times slower).
    out += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(length, i + 8_192)) as unknown as number[],
    );
  }
  return out;
}

/** Room for `needed` more characters (only expansions such as "…" -> "..." can outgrow the text). */
function grow<A extends Uint16Array | Int32Array>(array: A, length: number, needed: number): A {
  if (length + needed <= array.length) return array;
  const grown = new (array.constructor as new (size: number) => A)(
    Math.max(array.length * 2, length + needed),
  );
  grown.set(array);
  return grown;
}

/** Normalises `text` for matching, remembering where each character came from. */
export function normalizeText(text: string): NormalizedText {
  let units = new Uint16Array(text.length + 16);
  let origins = new Int32Array(text.length + 16);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnored(code)) continue;
    const replacement = code < 128 ? undefined : REPLACEMENTS.get(code);
    if (replacement === undefined) {
      units[length] = code;
      origins[length++] = i;
      continue;
    }
    units = grow(units, length, replacement.length);
    origins = grow(origins, length, replacement.length);
    for (let r = 0; r < replacement.length; r++) {
      units[length] = replacement.charCodeAt(r);
      origins[length++] = i;
    }
  }
  return { text: toString(units, length), origins: origins.subarray(0, length), originalLength: text.length };
}

/** Runs of the characters isIgnored drops (normalize.test.ts checks they agree). */
const IGNORED = /[\t-\r \u00a0\u00ad\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

/** The characters REPLACEMENTS replaces (none of them ignored). */
const REPLACED = /[\u2010-\u2015\u2018-\u201f\u2026\u2032\u2033\u2212\ufb01\ufb02]/;
const ALL_REPLACED = new RegExp(REPLACED.source, 'g');

/**
 * `text` normalised like normalizeText(text).text, without the offset map: native replaces and
 * no typed arrays, for the many short strings of stored quotes and their context.
 */
export function normalizeString(text: string): string {
  const kept = text.replace(IGNORED, '');
  if (!REPLACED.test(kept)) return kept;
  return kept.replace(ALL_REPLACED, (c) => REPLACEMENTS.get(c.charCodeAt(0)) ?? c);
}

/** Normalises the three parts of a stored quote the same way as the text. */
export function normalizeQuote(quote: TextQuote): NormalizedQuote {
  return {
    exact: normalizeString(quote.exact),
    prefix: normalizeString(quote.prefix),
    suffix: normalizeString(quote.suffix),
  };
}

/** The normalised offset of original offset `offset`: the first normalised character at or after it. */
export function toNormalizedOffset(normalized: NormalizedText, offset: number): number {
  const { origins } = normalized;
  let low = 0;
  let high = origins.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((origins[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Maps normalised `[start, end)` (non-empty) back to original offsets. */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  return [normalized.origins[start] ?? 0, (normalized.origins[end - 1] ?? 0) + 1];
}
