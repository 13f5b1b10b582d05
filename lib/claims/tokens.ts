/**
 * Word tokens of one sentence for the check-worthiness model: lower-cased words, with numbers
 * folded into shape tokens (`<year>`, `<num>`, `<pct>`, `<money>`) so that "7.9 percent" and
 * "35 percent" count as the same evidence. One linear regex pass; no backtracking traps.
 */

const TOKEN = /[a-z]+(?:['’][a-z]+)*|\d+(?:[.,]\d+)*|[$%?£€]/g;
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'dozen',
  'dozens',
]);

/** Maps a numeral to its shape token. */
function shapeNumber(raw: string): string {
  const digits = raw.replace(/[.,]/g, '');
  if (/^(1[89]|20)\d\d$/.test(raw)) return '<year>';
  if (digits.length >= 7) return '<bignum>';
  return '<num>';
}

/**
 * The raw matches of `sentence` (lower-cased, not yet shaped), in one native `match` call: cheaper
 * than iterating `matchAll` while the service worker's code still runs in V8's interpreter.
 */
export function matchRawTokens(sentence: string): string[] {
  return sentence.toLowerCase().match(TOKEN) ?? [];
}

/** The token of one raw match: numbers and currency become shape tokens. */
export function shapeToken(raw: string): string {
  const first = raw.charCodeAt(0);
  if (first >= 48 && first <= 57) return shapeNumber(raw);
  if (raw === '$' || raw === '£' || raw === '€') return '<money>';
  if (raw === '%') return 'percent';
  const word = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  return NUMBER_WORDS.has(word) ? '<numword>' : word;
}

/** Lower-cased tokens of `sentence`; numbers and currency become shape tokens. */
export function tokenize(sentence: string): string[] {
  const tokens = matchRawTokens(sentence);
  for (let i = 0; i < tokens.length; i++) tokens[i] = shapeToken(tokens[i]!);
  return tokens;
}
