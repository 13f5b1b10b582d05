/**
 * A cheap, exact pre-test for the word-list cues of cues.ts. Each of those patterns can only match
 * where a word (a maximal run of \w characters) begins with one of its alternatives' first words:
 * the pattern opens with \b and a word character, and compares ASCII letters case-insensitively.
 * So one scan for words that start like a first word (`FIRST_WORDS`) tells which cues may fire;
 * only their regexes run. The lists below are those first words, copied from the patterns: an
 * alternative written `word ...`, `word's` or `word\b` must be the whole word, one written
 * `stem\w*` (or `stem\w+`) only starts it. Why: most sentences fire two or three of the ten cues,
 * and each regex test that is skipped saves a call while the service worker's code is still
 * interpreted. tests/unit/claims/cues.test.ts checks every list against its pattern.
 */

/** First words of each cue's alternatives: exact words, then stems (`stem\w*`). */
export const CUE_FIRST_WORDS: Record<string, { words: string; stems?: string }> = {
  comparison: {
    words: `more less fewer greater higher lower larger smaller bigger better worse most least highest
      lowest largest biggest best worst doubled tripled rose risen fell fallen dropped grew grown
      declined raised cut surged soared plunged record compared than since`,
    stems: 'increas decreas',
  },
  'official-action': {
    words: `passed passes signed signs veto vetoed vetoes voted votes approved approves ruled bill
      bills law laws legislation executive regulation regulations treaty banned imposed appointed
      indicted convicted amendment resolution decree`,
    stems: 'enact ratif sanction designat',
  },
  causal: {
    words: `because due led leads lead result results resulted as responsible thanks linked created
      drives driven killed kills so`,
    stems: 'caus blam contribut destroy',
  },
  hedge: {
    words: `may might could perhaps possibly probably likely reportedly allegedly apparently appear
      appears seem seems suggest suggests estimated roughly nearly almost about around`,
  },
  'first-person-opinion': { words: 'i we in' },
  exhortation: { words: 'must should ought need needs have has got let it the we' },
  prediction: {
    words: 'will won going gonna is are expect expects expected projected projects next',
    stems: 'forecast predict',
  },
  attribution: {
    words: `said says say told tells according claimed claims stated states argued argues insisted
      insists warned warns declared declares announced announces wrote tweeted tweets alleged
      alleges accused accuses admitted admits denied denies noted added asserted reported testified`,
  },
  'personal-experience': { words: 'i we my' },
  'past-event': { words: 'was were had did ago last in yesterday earlier' },
};

const WORD_BITS = new Map<string, number>();
/** Stems by their first four letters (all differ), so a word needs one lookup, not a scan. */
const STEMS_BY_START = new Map<string, [string, number]>();
const firsts: string[] = [];
/** Bit of each pre-tested cue in the masks below. */
export const CUE_BITS = new Map<string, number>();

for (const [cue, { words, stems = '' }] of Object.entries(CUE_FIRST_WORDS)) {
  const bit = 1 << CUE_BITS.size;
  CUE_BITS.set(cue, bit);
  for (const word of words.split(/\s+/).filter(Boolean)) {
    WORD_BITS.set(word, (WORD_BITS.get(word) ?? 0) | bit);
    firsts.push(word);
  }
  for (const stem of stems.split(/\s+/).filter(Boolean)) {
    if (stem.length < 4 || STEMS_BY_START.has(stem.slice(0, 4))) throw new Error(`cue stem ${stem}`);
    STEMS_BY_START.set(stem.slice(0, 4), [stem, bit]);
    firsts.push(stem);
  }
}

/**
 * The number words of the quantity cue, which cues.ts builds its pattern from: that cue fires on
 * a digit, one of [$%£€] or one of these as a whole word (`\b...\b`), so it is pre-tested too, from
 * the feature tokens only (`findTokenCueBits`), with a bit of its own outside CUE_BITS.
 */
export const QUANTITY_WORDS: readonly string[] = `two three four five six seven eight nine ten twelve
  twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million
  millions billion billions trillion trillions dozen dozens half twice double triple percent`
  .split(/\s+/)
  .filter(Boolean);
const QUANTITY_WORD_SET = new Set(QUANTITY_WORDS);
/** The quantity cue's bit in the masks below; `findPossibleCues` always sets it. */
export const QUANTITY_BIT = 1 << CUE_BITS.size;

/** Every word that starts with a first word or stem (whole words: `\w*` runs to the word's end). */
const FIRST_WORDS = new RegExp(String.raw`\b(?:${[...new Set(firsts)].join('|')})\w*`, 'gi');

/**
 * Bits of the cues whose first words or stems `word` (lower case, one \w run) is or starts with,
 * and QUANTITY_BIT when it is a quantity word.
 */
function findWordBits(word: string): number {
  const bits = (WORD_BITS.get(word) ?? 0) | (QUANTITY_WORD_SET.has(word) ? QUANTITY_BIT : 0);
  const stem = word.length >= 4 ? STEMS_BY_START.get(word.slice(0, 4)) : undefined;
  return stem && word.startsWith(stem[0]) ? bits | stem[1] : bits;
}

/**
 * Bit mask (CUE_BITS) of the pre-tested cues that `sentence` may fire; the others cannot. The
 * quantity cue is not pre-tested here: its bit is always set.
 */
export function findPossibleCues(sentence: string): number {
  const found = sentence.match(FIRST_WORDS);
  if (!found) return QUANTITY_BIT;
  let mask = QUANTITY_BIT;
  // \w is ASCII: lower-casing is exact here
  for (let i = 0; i < found.length; i++) mask |= findWordBits(found[i]!.toLowerCase());
  return mask;
}

/**
 * The same pre-test from the feature tokens of tokens.ts, so a sentence is scanned once: the bits
 * one raw token (a lower-cased match of `matchRawTokens`) allows. Each \w run of letters that
 * could start a cue is a whole letter run of the lower-cased sentence, so it is a token or a part
 * of one between apostrophes ("o'said"); a stem's word (`caus\w*` in "caus3d") starts one.
 * Digits and currency tokens start no first word; they give QUANTITY_BIT (every digit of the
 * sentence is in a token that starts with one). Exact only as `canReadCuesFromTokens` says.
 */
export function findTokenCueBits(raw: string): number {
  const first = raw.charCodeAt(0);
  if ((first >= 48 && first <= 57) || raw === '$' || raw === '%' || raw === '£' || raw === '€')
    return QUANTITY_BIT;
  if (!raw.includes("'") && !raw.includes('\u2019')) return findWordBits(raw);
  let mask = 0;
  for (const part of raw.split(/['\u2019]/)) mask |= findWordBits(part);
  return mask;
}

/**
 * True when the tokens of the whole `sentence` give the pre-test exactly: all of it is tokenized
 * (tokens.ts reads at most `tokenizedChars`), and no character lower-cases into ASCII letters
 * ("\u0130" to "i\u0307", the Kelvin sign to "k"), which would glue a letter to a word.
 */
export function canReadCuesFromTokens(sentence: string, tokenizedChars: number): boolean {
  return sentence.length <= tokenizedChars && !sentence.includes('\u0130') && !sentence.includes('\u212a');
}
