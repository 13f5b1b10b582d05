/**
 * Pronoun speakers: "He even went as far as to say ..." takes the nearest earlier person
 * mentioned ("The country's Supreme Leader attacked Washington ..." gives "the Supreme
 * Leader"); "they" a group or organization, "it" an organization. Mentions are sentence
 * subjects and speakers already found, looked for in the last few sentences only. Pinned by the
 * pronoun rows of tests/unit/claims/extract.test.ts and resolve-speakers.test.ts.
 */

import { compileOnFirstUse } from './compile-patterns';

export type MentionKind = 'person' | 'group' | 'org' | 'other';

/** Someone a sentence was about, as a later pronoun might refer to them. */
export interface Mention {
  text: string;
  kind: MentionKind;
  /** Index of the sentence (reading order) that mentions them. */
  sentence: number;
}

/** How many sentences back a pronoun may reach. */
const WINDOW = 6;
const ORG_WORDS =
  /\b(?:Ministry|ministry|Party|party|Organi[sz]ation|Council|Committee|Administration|administration|Senate|Congress|Parliament|Government|government|regime|Agency|agency|Department|Corps|Court|Commission|Union|Association|Institute|University|Company|company|Inc|Corp|Bank|Army|Police|police|Foundation|Guard|Times|News|campaign|Office|Bureau|Assembly|Federation|Group)\b/;
const TITLES =
  /\b(?:President|president|Senator|senator|Sen\.|Rep\.|Gov\.|Governor|governor|Leader|leader|Minister|minister|Secretary|secretary|Mr\.|Mrs\.|Ms\.|Dr\.|Prime|King|Queen|Prince|Ayatollah|General|Gen\.|spokes(?:man|woman|person)|chief|director|ambassador|judge|mayor|CEO|chairman|chairwoman|official|researcher|analyst|expert|author|professor|Professor|Pope|Sheikh|Imam|Chancellor|lawmaker)\b/;
const compilePatterns = compileOnFirstUse([ORG_WORDS, TITLES]);

/** Sorts a speaker or subject phrase into person, group, organization or other. */
export function classifyMention(phrase: string, organizationNames: ReadonlySet<string>): MentionKind {
  if (organizationNames.has(normalizeName(phrase))) return 'org';
  // "the Supreme Leader of Iran" is a person, "the Institute for Fiscal Studies" an organization.
  const head = phrase.split(/ (?:of|for|at|in) /)[0]!;
  compilePatterns();
  if (ORG_WORDS.test(head)) return 'org';
  if (TITLES.test(head)) return 'person';
  const words = head.split(' ');
  const last = words[words.length - 1] ?? '';
  if (/^[a-z]+s$/.test(last) || /^[A-Z][a-z]+(?:ans|ists|ites|ats)$/.test(last)) return 'group';
  let capitals = 0;
  for (let i = 0; i < words.length; i++) if (isCapitalizedWord(words[i]!)) capitals++;
  return capitals >= 2 ? 'person' : 'other';
}

/** `/^[A-Z][a-z]/`: a capital followed by a lower-case letter ("Tehran", not "US"). */
function isCapitalizedWord(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  return first >= 65 && first <= 90 && second >= 97 && second <= 122;
}

/** Lower-cased, without a leading article or trailing possessive, for matching names. */
export function normalizeName(phrase: string): string {
  let name = phrase.toLowerCase();
  // string tests rather than regexes: this runs for every speaker, subject and organization name
  if (name.startsWith('the ')) name = name.slice(4);
  else if (name.startsWith('a ')) name = name.slice(2);
  else if (name.startsWith('an ')) name = name.slice(3);
  if (name.endsWith("'s") || name.endsWith('’s')) name = name.slice(0, -2);
  return name.replace(/\s+/g, ' ').trim();
}

const FITS: Record<string, readonly MentionKind[]> = {
  he: ['person'],
  she: ['person'],
  they: ['group', 'org'],
  it: ['org'],
};

/** The nearest earlier mention a pronoun can refer to, or null (I/we are left to quotes). */
export function resolvePronoun(
  pronoun: string,
  mentions: readonly Mention[],
  sentence: number,
): string | null {
  const fits = FITS[pronoun.toLowerCase()];
  if (!fits) return null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    if (mention.sentence >= sentence) continue;
    if (mention.sentence < sentence - WINDOW) break;
    if (fits.includes(mention.kind)) return mention.text;
  }
  return null;
}
