/**
 * Who a sentence is about, cheaply: the subject noun phrase before the first verb ("The
 * country's Supreme Leader attacked ..." gives "the Supreme Leader"), and whether a phrase can
 * name a speaker at all (a name, a title, an organization or a human noun, not "this
 * encounter"). No tagger: a few word lists tuned on news prose. Pinned by
 * tests/unit/claims/attribution.test.ts.
 */
import { compileOnFirstUse } from './compile-patterns';

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
const compileSpeakerNouns = compileOnFirstUse([SPEAKER_NOUNS]);

/** Splits off a leading dateline ("London, 20 Apr – ") and introductory phrase ("Last week, "). */
function stripIntro(sentence: string): string {
  let s = sentence.replace(/^["“'‘(\s]+/, '');
  const dash = /^[^.!?]{0,40}?\s[–—-]\s/.exec(s);
  if (dash && /\d/.test(dash[0])) s = s.slice(dash[0].length);
  const comma = s.indexOf(',');
  if (comma <= 0 || comma >= 80) return s;
  const firstWord = /^[A-Za-z]+/.exec(s)?.[0].toLowerCase() ?? '';
  if (INTRO.has(firstWord)) s = s.slice(comma + 1).trimStart();
  return s;
}

// Character tests instead of one-character regexes: these run for every word of every sentence.
function isAsciiUpperAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return c >= 65 && c <= 90;
}

function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '’';
}

/** `/['’]s$/`: a possessive ending. */
function endsWithPossessive(word: string): boolean {
  return word.length >= 2 && word[word.length - 1] === 's' && isApostrophe(word[word.length - 2]!);
}

/** `word.replace(/[’']s?$/, '')`: drops a trailing possessive or apostrophe. */
function dropPossessive(word: string): string {
  if (endsWithPossessive(word)) return word.slice(0, -2);
  return word.length > 0 && isApostrophe(word[word.length - 1]!) ? word.slice(0, -1) : word;
}

/** True for a phrase that can name a speaker: a pronoun, a capitalized name or a speaker noun. */
export function isNameable(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  const first = words[0]!;
  if (words.length === 1 && PRONOUNS.has(first.toLowerCase())) return true;
  if (NOT_NAMES.has(first.toLowerCase())) return false;
  // A capital at the start of a sentence proves nothing unless a name or possessive goes on.
  const firstIsName =
    isAsciiUpperAt(first, 0) &&
    (words.length === 1 || endsWithPossessive(first) || isAsciiUpperAt(words[1]!, 0));
  if (firstIsName && !DETERMINERS.has(first.toLowerCase())) return true;
  for (let i = 1; i < words.length; i++) if (isAsciiUpperAt(words[i]!, 0)) return true;
  compileSpeakerNouns();
  return SPEAKER_NOUNS.test(dropPossessive(words[words.length - 1]!));
}

/** Display form: "The country's Supreme Leader" becomes "the Supreme Leader". */
export function normalizeSpeaker(phrase: string): string {
  const trimmed = phrase.replace(/^[\s"“”'‘’(,]+|[\s"“”'‘’),:;.]+$/g, '').replace(/\s+/g, ' ');
  const possessive = /^(?:the|its|his|her|their) [a-z]+['’]s ([A-Z].*)$/i.exec(trimmed);
  const out = possessive ? 'the ' + possessive[1]! : trimmed;
  return out.replace(/^(The|A|An) /, (d) => d.toLowerCase());
}

/** Characters `readSubject` strips from the start of a word ("(", quotes) and from its end. */
const OPENING_MARKS = '("“';
const CLOSING_MARKS = ',;:)”"';

/** `/^[a-z]+ed$/`: a lower-case "-ed" form ("attacked"). */
function isEdForm(word: string): boolean {
  if (word.length < 3 || !word.endsWith('ed')) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Words of `clause` up to the first verb-like word, if they form a nameable phrase. */
export function readSubject(clause: string): string | null {
  const words = stripIntro(clause).split(/\s+/, 12);
  const taken: string[] = [];
  for (let w = 0; w < words.length; w++) {
    const raw = words[w]!;
    let from = 0;
    while (from < raw.length && OPENING_MARKS.includes(raw[from]!)) from++;
    const word = from > 0 ? raw.slice(from) : raw;
    let to = word.length;
    while (to > 0 && CLOSING_MARKS.includes(word[to - 1]!)) to--;
    const bare = to < word.length ? word.slice(0, to) : word;
    if (!bare || STOPS.has(bare.toLowerCase())) break;
    const c = bare.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (taken.length > 0 && isEdForm(bare))) break;
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
