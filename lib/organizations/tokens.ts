/**
 * Tokenizer for organization extraction: one linear pass over the text, no regex backtracking.
 * Words keep inner hyphens ("Kaz-Invest"), inner apostrophes ("O'Brien") and initialism dots ("U.N.");
 * a possessive "'s" becomes its own token so "Norvik's" yields "Norvik". Known abbreviations
 * keep their period ("Corp.", "Mr."). Pinned by tests/unit/organizations/tokens.test.ts.
 */
import { isAllCaps, isDigit, isLetter, isUpperChar, isWordChar } from './chars';
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

const APOSTROPHES = new Set(["'", '\u2019']);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '\u2026']);

/** End of the word starting at `i`: letters/digits joined by single inner - . ' & marks. */
function scanWord(text: string, i: number): number {
  let j = i + 1;
  let segment = 1; // length of the current dot-free segment
  let dotted = true; // every segment so far is one letter ("U.S")
  for (;;) {
    while (isWordChar(text[j])) {
      j++;
      segment++;
    }
    const mark = text[j];
    const next = text[j + 1];
    if (mark === '.' && isLetter(next) && segment === 1 && !isLetter(text[j + 2])) {
      j += 1;
      segment = 0;
      continue;
    }
    if (segment > 1) dotted = false;
    if ((mark === '-' || mark === '&') && isWordChar(next)) {
      j += 1;
      segment = 0;
      dotted = false;
      continue;
    }
    if (mark !== undefined && APOSTROPHES.has(mark) && isLetter(next) && !isPossessiveAt(text, j)) {
      j += 1;
      segment = 0;
      dotted = false;
      continue;
    }
    if (mark === '.' && (dotted ? j - i > 1 : isDottedAbbreviation(text.slice(i, j)))) j += 1;
    return j;
  }
}

/** An apostrophe at `j` that starts a possessive "'s" followed by a non-letter. */
function isPossessiveAt(text: string, j: number): boolean {
  const s = text[j + 1];
  return (s === 's' || s === 'S') && !isLetter(text[j + 2]);
}

/** Splits `text` into tokens in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lineStart = true;
  let atSentenceStart = true;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      lineStart = true;
      atSentenceStart = true;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\f' || ch === '\v') {
      i++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    if (isLetter(ch)) {
      end = scanWord(text, i);
      kind = 'word';
    } else if (isDigit(ch)) {
      end = scanWord(text, i);
      kind = 'num';
    } else if (APOSTROPHES.has(ch) && isPossessiveAt(text, i)) {
      end = i + 2;
      kind = 'punct';
    } else {
      end = i + 1;
      while (ch === '-' && text[end] === '-') end++;
      kind = 'punct';
    }
    const tokenText = text.slice(i, end);
    const sentenceStart = kind !== 'punct' && atSentenceStart;
    const isWord = kind === 'word';
    const capitalised = isWord && isUpperChar(ch);
    const allCaps = capitalised && isAllCaps(tokenText);
    tokens.push({ text: tokenText, start: i, end, kind, lineStart, sentenceStart, capitalised, allCaps });
    if (kind !== 'punct') atSentenceStart = false;
    else if (SENTENCE_END.has(tokenText)) atSentenceStart = true;
    lineStart = false;
    i = end;
  }
  return tokens;
}
