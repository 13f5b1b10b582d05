/**
 * Decides which capitalised phrases are people, so that an organization never absorbs a person of
 * the same words ("Howard Hughes" and "Hughes" are not "Hughes Aircraft Company"). A phrase is a
 * person when a title precedes it ("Senator Jones", "Mrs. Amini") or it starts with a common
 * given name; its last word then counts as a surname everywhere in the article. Pinned by
 * tests/unit/organizations/people-places.test.ts.
 */
import { toSet, TITLES } from './lexicon-words';
import type { Run } from './runs';
import type { Token } from './tokens';

const GIVEN_NAMES = toSet(`
  John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Paul
  Mark Donald George Kenneth Steven Edward Brian Ronald Anthony Kevin Jason Matthew Gary Peter
  Frank Scott Eric Stephen Andrew Henry Howard Jack Harry Bill Tony Mike Tom Jim Bob Nick Ian
  Hans Klaus Jean Pierre Jacques Francois Vladimir Boris Igor Sergei Alexander Ivan Mohammed
  Mohammad Muhammad Ahmed Ahmad Ali Hassan Hussein Mahmoud Omar Abdul Abdullah Khalid Ibrahim
  Mustafa Reza Hossein Massoud Masoud Javad Akbar Mary Patricia Linda Barbara Elizabeth Jennifer
  Maria Susan Margaret Lisa Nancy Karen Helen Sarah Laura Anna Emily Emma Rachel Julia Hillary
  Madeleine Angela Maryam Fatima Aisha Leila Zahra Nelson Josef Jan Helmut Franz Giovanni Carlo
`);

/** True when `word` is a common given name ("Maryam", "John"). */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word);
}

/** True when the run reads as a person: a title before or inside it, or a given name first. */
export function isPersonRun(tokens: Token[], run: Run): boolean {
  const before = tokens[run.first - 1];
  if (before && TITLES.has(before.text.replace(/\.$/, ''))) return true;
  const first = tokens[run.first]!.text;
  if (TITLES.has(first.replace(/\.$/, '')) && run.last > run.first) return true;
  return isGivenName(first) && run.last > run.first && run.last - run.first <= 3;
}

/** Surnames of the article: the last word of every run that reads as a person. */
export function collectSurnames(tokens: Token[], runs: Run[]): Set<string> {
  const surnames = new Set<string>();
  for (const run of runs) {
    if (isPersonRun(tokens, run)) surnames.add(tokens[run.last]!.text);
  }
  return surnames;
}
