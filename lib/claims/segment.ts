/**
 * Sentence segmentation with character offsets into the article text. Line breaks always end a
 * sentence (paragraphs are joined by "\n\n"; single breaks separate list items and headings);
 * inside a line, a run of . ! ? … plus closing quotes/brackets ends one when white space and an
 * upper-case letter, digit or opening mark follow, unless the period closes an abbreviation
 * (abbreviations.ts). Quotations are split like any text; quotes.ts tracks which sentences a
 * quotation spans. Pinned by tests/unit/claims/segment.test.ts (including hostile inputs).
 */
import { isAbbreviationPeriod } from './abbreviations';

/** One sentence: `text.slice(start, end)`, trimmed, in paragraph `paragraph` (0-based). */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
  /** The sentence is a whole line without closing punctuation: a heading or a list label. */
  isLine: boolean;
}

/** Longer runs without a boundary are cut at white space (hostile or unpunctuated text). */
export const MAX_SENTENCE_CHARS = 1_500;

const LIST_MARKER = /^(?:[-*•·▪◦‣–—]|\d{1,3}[.)]|[a-z][.)]|\(\d{1,3}\))\s+/;
// The lookbehind makes a run of 100k periods one candidate, not 100k quadratic ones.
const CANDIDATE = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s)/g;
/** `/[A-Z0-9"'“‘«([]/` as a character-code test (it runs at every candidate sentence end). */
function isOpening(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  return (
    code === 34 ||
    code === 39 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab ||
    code === 40 ||
    code === 91
  );
}

/** `/[.!?…:;"'”’)]/`: a line ending in one of these is a sentence, not a heading. */
function isClosing(code: number): boolean {
  return (
    code === 46 ||
    code === 33 ||
    code === 63 ||
    code === 0x2026 ||
    code === 58 ||
    code === 59 ||
    code === 34 ||
    code === 39 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 41
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x2009;
}

/** Pushes `[start, end)` trimmed, cut into pieces of at most MAX_SENTENCE_CHARS. */
function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    while (cut > start + MAX_SENTENCE_CHARS / 2 && !isSpace(text.charCodeAt(cut))) cut--;
    if (cut <= start + MAX_SENTENCE_CHARS / 2) cut = start + MAX_SENTENCE_CHARS;
    pushTrimmed(out, text, start, cut, paragraph);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end, paragraph, isLine: false });
}

/** Index of the first non-space character at or after `i`. */
function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Splits one line `[from, to)` of `text` into sentences. */
function splitLine(text: string, from: number, to: number, paragraph: number, out: SentenceSpan[]): void {
  const line = text.slice(from, to);
  const trimmed = line.trimStart();
  const marker = LIST_MARKER.exec(trimmed);
  let start = from + (line.length - trimmed.length) + (marker ? marker[0].length : 0);
  const first = out.length;
  CANDIDATE.lastIndex = start - from;
  for (let m = CANDIDATE.exec(line); m; m = CANDIDATE.exec(line)) {
    const end = from + m.index + m[0].length;
    const next = skipSpaces(text, end, to);
    if (next >= to) break;
    if (!isOpening(text.charCodeAt(next))) continue;
    if (m[0] === '.' && isAbbreviationPeriod(text, from + m.index, next)) continue;
    pushTrimmed(out, text, start, end, paragraph);
    start = next;
  }
  pushTrimmed(out, text, start, to, paragraph);
  const only = out.length === first + 1 ? out[first] : undefined;
  if (only && !isClosing(text.charCodeAt(only.end - 1))) only.isLine = true;
}

/** Sentences of `text` in reading order, each with offsets into `text`. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let sawText = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const blank = skipSpaces(text, lineStart, lineEnd) >= lineEnd;
    if (blank && sawText) {
      paragraph++;
      sawText = false;
    } else if (!blank) {
      splitLine(text, lineStart, lineEnd, paragraph, out);
      sawText = true;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
