/**
 * Decides whether an acronym abbreviates a long name: every content word of the name gives its
 * initial (each part of a hyphenated word may give one: "Mojahedin-e Khalq" = MEK), function words
 * ("of", "the", "and") may give theirs or be skipped, and designators ("Ltd") may be skipped. So
 * NCRI matches "National Council of Resistance of Iran" and IRGC "Islamic Revolutionary Guard
 * Corps", while ICC never matches "International Committee of the Red Cross". Pinned by
 * tests/unit/organizations/acronyms.test.ts.
 */
import { DESIGNATORS } from './lexicon-heads';

const SKIPPABLE = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'a',
  'de',
  'du',
  'des',
  'la',
  'le',
  '&',
  "'s",
]);

/** Upper-case letters (and digits) of an acronym: "U.N." -> "UN", "AT&T" -> "ATT". */
export function acronymLetters(acronym: string): string {
  let out = '';
  for (const ch of acronym) if (ch !== '.' && ch !== '&' && ch !== '-' && ch !== "'") out += ch.toUpperCase();
  return out;
}

interface Word {
  initials: string; // the initial of each hyphen part ("Mojahedin-e" -> "ME")
  optional: boolean;
}

/** A long name prepared for acronym tests (computed once per name). */
export interface SpelledName {
  words: Word[];
  mandatory: number;
  maxLetters: number;
}

/** Prepares the name written as `words` (its tokens) for {@link spells}. */
export function spellName(words: string[]): SpelledName {
  const out: Word[] = [];
  let mandatory = 0;
  let maxLetters = 0;
  for (const w of words) {
    if (w === "'s" || w === '\u2019s') continue;
    let initials = '';
    for (const part of w.split('-')) if (part) initials += part[0]!.toUpperCase();
    const optional = SKIPPABLE.has(w.toLowerCase()) || DESIGNATORS.has(w);
    if (!optional) mandatory++;
    maxLetters += initials.length;
    out.push({ initials, optional });
  }
  return { words: out, mandatory, maxLetters };
}

/** True when the acronym letters (see {@link acronymLetters}) spell the prepared name. */
export function spells(letters: string, name: SpelledName): boolean {
  const ws = name.words;
  if (letters.length < 2 || ws.length < 2 || ws.length > 16) return false;
  if (letters.length < name.mandatory || letters.length > name.maxLetters) return false;
  // reachable[wi * width + li]: the first wi words can spell the first li letters
  const width = letters.length + 1;
  const reachable = new Uint8Array((ws.length + 1) * width);
  reachable[0] = 1;
  for (let wi = 0; wi < ws.length; wi++) {
    const w = ws[wi]!;
    for (let li = 0; li <= letters.length; li++) {
      if (!reachable[wi * width + li]) continue;
      const next = (wi + 1) * width;
      if (w.optional) reachable[next + li] = 1;
      if (letters[li] === w.initials[0]) reachable[next + li + 1] = 1;
      if (w.initials.length > 1 && letters.startsWith(w.initials, li))
        reachable[next + li + w.initials.length] = 1;
    }
  }
  return reachable[ws.length * width + letters.length] === 1;
}

/** True when `acronym` abbreviates the name written as `words` (its tokens). */
export function matchesAcronym(acronym: string, words: string[]): boolean {
  return spells(acronymLetters(acronym), spellName(words));
}
