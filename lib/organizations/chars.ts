/** Character classes for the tokenizer: ASCII fast paths, any script otherwise. */

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** True for an upper-case letter. */
export function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return isUpperAscii(c);
  return ch !== ch.toLowerCase();
}

/** True when `word` starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  return word.length > 0 && isUpperChar(word[0]!);
}

/** True for a word with at least two letters, all upper case ("NATO", "U.N."). */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (isUpperAscii(c)) letters++;
      continue;
    }
    const ch = word[i]!;
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}

/** True for a letter in any script (fast path for ASCII). */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return isUpperAscii(c) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{L}/u.test(ch);
}

/** True for an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** True for a letter or digit. */
export function isWordChar(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch);
}

/**
 * `isWordChar(text[j])` from a character code already read (NaN past the end): the tokenizer's
 * inner loop asks this once per character, so ASCII is answered without a call or a string.
 */
export function isWordCharAt(text: string, j: number, c: number): boolean {
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57);
  return c >= 128 && isLetter(text[j]);
}

/** `isLetter(text[j])` from a character code already read (NaN past the end). */
export function isLetterAt(text: string, j: number, c: number): boolean {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return c >= 128 && isLetter(text[j]);
}

/** `isUpperChar(text[i])` from a character code already read. */
export function isUpperCharAt(text: string, i: number, c: number): boolean {
  if (c < 128) return isUpperAscii(c);
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}
