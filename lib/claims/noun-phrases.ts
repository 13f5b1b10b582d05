/**
 * Who a sentence is about, cheaply: the subject noun phrase before the first verb ("The
 * country's Supreme Leader attacked ..." gives "the Supreme Leader"), and whether a phrase can
 * name a speaker at all (a name, a title, an organization or a human noun, not "this
 * encounter"). No tagger: a few word lists tuned on news prose. Pinned by
 * tests/unit/claims/attribution.test.ts.
 */

/** Longest speaker phrase: "Dr. Alan Reyes of the Institute for Fiscal Studies" is 9 words. */
const MAX_WORDS = 10;

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Words that end a subject: auxiliaries, adverbs, common verbs (more arrive as "-ed" forms). */
const STOPS = new Set(
  (
    'is are was were be been being has have had will would can could may might must shall should do does did ' +
    'not never also even then now still just only already finally later once repeatedly reportedly allegedly ' +
    'said says say told tells claim claims warn warns argue argues believe believes think thinks want wants ' +
    'met went sent made took gave won led ran paid spent sold bought built left began brought fought held ' +
    'stood wrote knows know plans plan supports support opposes oppose seems appears became become who which that ' +
    'rose fell grew came saw got hit cut put set let cost rise rises fall falls grow grows'
  ).split(' '),
);
const INTRO = new Set(
  (
    'around in on at last earlier later however meanwhile after before during for since while when yesterday ' +
    'today also but and so then now still thus moreover indeed as under with despite over by this next according'
  ).split(' '),
);
/** Capitalized at a sentence start but never a name. */
const NOT_NAMES = new Set(
  'many some most all few several others both each either neither everyone everybody someone nobody none one there here what this that these those it'.split(
    ' ',
  ),
);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
]);
/** Lower-case heads that can name a speaker. */
const SPEAKER_NOUNS =
  /\b(?:spokes(?:man|woman|person)|minister|officials?|leaders?|president|senator|lawmakers|legislators|critics|experts|analysts|government|ministry|administration|regime|police|army|military|court|judge|party|company|authorities|agency|commission|committee|council|report|study|survey|researchers|scientists|mullahs|lobbies|opposition|activists|residents|dissidents|protesters|diplomats|sources|groups?|organi[sz]ation|campaign|union|chief|director|ambassador|mayor|governor|secretary)$/i;

/** Splits off a leading dateline ("London, 20 Apr – ") and introductory phrase ("Last week, "). */
function stripIntro(sentence: string): string {
  let s = sentence.replace(/^["“'‘(\s]+/, '');
  const dash = /^[^.!?]{0,40}?\s[–—-]\s/.exec(s);
  if (dash && /\d/.test(dash[0])) s = s.slice(dash[0].length);
  const firstWord = /^[A-Za-z]+/.exec(s)?.[0].toLowerCase() ?? '';
  const comma = s.indexOf(',');
  if (INTRO.has(firstWord) && comma > 0 && comma < 80) s = s.slice(comma + 1).trimStart();
  return s;
}

/** True for a phrase that can name a speaker: a pronoun, a capitalized name or a speaker noun. */
export function isNameable(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return true;
  if (NOT_NAMES.has(words[0]!.toLowerCase())) return false;
  // A capital at the start of a sentence proves nothing unless a name or possessive goes on.
  const [first, second] = words;
  const firstIsName =
    /^[A-Z]/.test(first!) && (words.length === 1 || /['’]s$/.test(first!) || /^[A-Z]/.test(second!));
  if (firstIsName && !DETERMINERS.has(first!.toLowerCase())) return true;
  if (words.slice(1).some((w) => /^[A-Z]/.test(w))) return true;
  return SPEAKER_NOUNS.test(words[words.length - 1]!.replace(/[’']s?$/, ''));
}

/** Display form: "The country's Supreme Leader" becomes "the Supreme Leader". */
export function normalizeSpeaker(phrase: string): string {
  const trimmed = phrase.replace(/^[\s"“”'‘’(,]+|[\s"“”'‘’),:;.]+$/g, '').replace(/\s+/g, ' ');
  const possessive = /^(?:the|its|his|her|their) [a-z]+['’]s ([A-Z].*)$/i.exec(trimmed);
  const out = possessive ? 'the ' + possessive[1]! : trimmed;
  return out.replace(/^(The|A|An) /, (d) => d.toLowerCase());
}

/** Words of `clause` up to the first verb-like word, if they form a nameable phrase. */
export function readSubject(clause: string): string | null {
  const words = stripIntro(clause).split(/\s+/, 12);
  const taken: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/^[("“]+/, '');
    const bare = word.replace(/[,;:)”"]+$/, '');
    const lower = bare.toLowerCase();
    if (!bare || STOPS.has(lower) || /^\d/.test(bare) || (/^[a-z]+ed$/.test(bare) && taken.length > 0)) break;
    taken.push(bare);
    if (bare !== word || taken.length > MAX_WORDS) break;
  }
  const lastWord = taken[taken.length - 1] ?? '';
  if (PRONOUNS.has(lastWord.toLowerCase())) return lastWord;
  const phrase = taken.join(' ');
  return taken.length > 0 && taken.length <= MAX_WORDS && isNameable(phrase)
    ? normalizeSpeaker(phrase)
    : null;
}
