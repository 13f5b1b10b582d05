/**
 * The library's tokenizer: the same function turns saved text into index tokens and the reader's
 * query into search terms, so both sides agree. Case and accents fold ("Société" = "societe"),
 * words split on anything that is not a letter or digit, and scripts written without spaces
 * (Chinese, Japanese, Thai) are indexed as overlapping character pairs.
 */

/** Longest token kept; longer runs (hashes, URLs squashed together) are cut. */
export const MAX_TOKEN_LENGTH = 32;

/** Words too common to narrow a search; they are not indexed and are dropped from full query terms. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from has have he her his i if in into is it its of on or our she ' +
    'that the their them they this to was we were which who will with you'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const MARKS = /\p{M}+/gu;
// ASCII text (most of what readers save) takes a shorter path with the same result: NFKD leaves
// it as it is, it has no combining marks, and its letters and digits are a-z and 0-9 once folded.
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORD = /[a-z0-9]+/g;

/** Lower-cases and strips accents (NFKD, then drops combining marks). */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

function pushRun(run: string, out: string[]): void {
  if (!UNSPACED.test(run)) {
    out.push(run.length > MAX_TOKEN_LENGTH ? run.slice(0, MAX_TOKEN_LENGTH) : run);
    return;
  }
  const chars = [...run];
  if (chars.length === 1) out.push(run);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** Every word of `text`, folded, in order (stop words included; see `indexTokens`). */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  if (!NON_ASCII.test(folded)) {
    const words = folded.match(ASCII_WORD) ?? [];
    for (let i = 0; i < words.length; i++)
      if (words[i]!.length > MAX_TOKEN_LENGTH) words[i] = words[i]!.slice(0, MAX_TOKEN_LENGTH);
    return words;
  }
  const out: string[] = [];
  for (const match of folded.matchAll(WORD)) pushRun(match[0], out);
  return out;
}

/** Whether a token is worth indexing: not a stop word, and two characters or a digit or more. */
export function isIndexable(token: string): boolean {
  return !STOP_WORDS.has(token) && (token.length > 1 || /[\p{N}\p{Script=Han}]/u.test(token));
}

/** The distinct indexable tokens of several texts (what an index entry stores). */
export function indexTokens(texts: readonly string[], limit = 2_000): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (seen.size >= limit) return [...seen];
      if (isIndexable(token)) seen.add(token);
    }
  }
  return [...seen];
}
