/**
 * Tokenizer for organization extraction: one linear pass over the text, no regex backtracking.
 * Words keep inner hyphens ("Kaz-Invest"), inner apostrophes ("O'Brien") and initialism dots ("U.N.");
 * a possessive "'s" becomes its own token so "Norvik's" yields "Norvik". Known abbreviations
 * keep their period ("Corp.", "Mr."). Pinned by tests/unit/organizations/tokens.test.ts.
 */
import { isAllCaps, isLetterAt, isUpperCharAt, isWordCharAt } from './chars';
import { isDottedAbbreviation } from './lexicon-words';

/** What a token is: a word (starts with a letter), a number, or one punctuation mark. */
export type TokenKind = 'word' | 'num' | 'punct';

/** One token with its [start, end) offsets into the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** A line break (or the start of the text) precedes this token. */
  lineStart: boolean;
  /** First word or number of a sentence (after a line break or . ! ? : ;). */
  sentenceStart: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Has two or more letters, all upper case ("NATO", "U.N."). */
  allCaps: boolean;
}

// Character codes: the tokenizer reads codes, not one-character strings.
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019; // ’
const DOT = 46;
const HYPHEN = 45;
const AMPERSAND = 38;

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE;
}

/** . ! ? : ; … */
function isSentenceEnd(c: number): boolean {
  return c === DOT || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;
}

/** Word characters from `j` on (letters and digits, any script): the index after them. */
function skipWordChars(text: string, j: number): number {
  for (;;) {
    const c = text.charCodeAt(j);
    // ASCII letters and digits inline; anything else through isWordCharAt
    if (((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) || (c >= 128 && isWordCharAt(text, j, c)))
      j++;
    else return j;
  }
}

/** End of the word starting at `i`: letters/digits joined by single inner - . ' & marks. */
function scanWord(text: string, i: number): number {
  let j = i + 1;
  let segment = 1; // length of the current dot-free segment
  let dotted = true; // every segment so far is one letter ("U.S")
  for (;;) {
    const end = skipWordChars(text, j);
    segment += end - j;
    j = end;
    const mark = text.charCodeAt(j);
    const next = text.charCodeAt(j + 1);
    if (
      mark === DOT &&
      isLetterAt(text, j + 1, next) &&
      segment === 1 &&
      !isLetterAt(text, j + 2, text.charCodeAt(j + 2))
    ) {
      j += 1;
      segment = 0;
      continue;
    }
    if (segment > 1) dotted = false;
    if ((mark === HYPHEN || mark === AMPERSAND) && isWordCharAt(text, j + 1, next)) {
      j += 1;
      segment = 0;
      dotted = false;
      continue;
    }
    if (isApostrophe(mark) && isLetterAt(text, j + 1, next) && !isPossessiveAt(text, j)) {
      j += 1;
      segment = 0;
      dotted = false;
      continue;
    }
    if (mark === DOT && (dotted ? j - i > 1 : isDottedAbbreviation(text.slice(i, j)))) j += 1;
    return j;
  }
}

/**
 * An ASCII letter-and-digit run that `scanWord` would end where it ends: followed by nothing that
 * could continue a word (a letter, a digit, a non-ASCII character, . - & or an apostrophe). The
 * lookahead also excludes letters and digits, so the match never backtracks to a shorter run.
 */
const PLAIN_WORD = /[A-Za-z0-9]+(?![A-Za-z0-9.\-&'\u2019\u0080-\uffff])/y;

/**
 * `scanWord`, with most words ("the", "Council", "2021") matched natively in one call: the
 * service worker runs this loop for every character, mostly before V8 optimizes it.
 */
function findWordEnd(text: string, i: number): number {
  PLAIN_WORD.lastIndex = i;
  return PLAIN_WORD.test(text) ? PLAIN_WORD.lastIndex : scanWord(text, i);
}

/** An apostrophe at `j` that starts a possessive "'s" followed by a non-letter. */
function isPossessiveAt(text: string, j: number): boolean {
  const s = text.charCodeAt(j + 1);
  return (s === 115 || s === 83) && !isLetterAt(text, j + 2, text.charCodeAt(j + 2));
}

/** Splits `text` into tokens in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lineStart = true;
  let atSentenceStart = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      atSentenceStart = true;
      i++;
      continue;
    }
    // space, tab, no-break space, form feed, vertical tab
    if (c === 32 || c === 9 || c === 160 || c === 12 || c === 11) {
      i++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    if (isLetterAt(text, i, c)) {
      end = findWordEnd(text, i);
      kind = 'word';
    } else if (c >= 48 && c <= 57) {
      end = findWordEnd(text, i);
      kind = 'num';
    } else if (isApostrophe(c) && isPossessiveAt(text, i)) {
      end = i + 2;
      kind = 'punct';
    } else {
      end = i + 1;
      while (c === HYPHEN && text.charCodeAt(end) === HYPHEN) end++;
      kind = 'punct';
    }
    const tokenText = text.slice(i, end);
    const sentenceStart = kind !== 'punct' && atSentenceStart;
    const capitalised = kind === 'word' && isUpperCharAt(text, i, c);
    const allCaps = capitalised && isAllCaps(tokenText);
    tokens.push({ text: tokenText, start: i, end, kind, lineStart, sentenceStart, capitalised, allCaps });
    if (kind !== 'punct') atSentenceStart = false;
    else if (end === i + 1 && isSentenceEnd(c)) atSentenceStart = true;
    lineStart = false;
    i = end;
  }
  return tokens;
}
