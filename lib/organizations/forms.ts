/**
 * The names an article has already confirmed, as a phrase dictionary: every mention's exact words,
 * plus short forms of company names ("Kestrel" for "Kestrel Gold Corp", "Danish Airways" for
 * "Danish Airways Plc"). A short form is never a place, a nationality, a generic modifier or a
 * person's surname, and one claimed by two companies is dropped. Pinned by
 * tests/unit/organizations/repeats.test.ts.
 */
import { toKey, type Found } from './found';
import { DESIGNATORS, HEADS } from './lexicon-heads';
import { isDemonym, isPlaceLike } from './lexicon-places';
import { FUNCTION_WORDS, toSet } from './lexicon-words';
import { PhraseIndex } from './phrase-index';
import { joinTokens } from './runs';
import { isCapitalised } from './chars';
import type { Token } from './tokens';

/** Words that begin many company names and so never stand for one alone. */
const GENERIC_MODIFIERS = toSet(`
  National United International General First New Royal Central Federal State Public Global
  World Western Eastern Northern Southern Great Grand Continental Standard Allied Universal
  Commercial Industrial Pacific Atlantic Capital Trans Inter Euro American British Asian African
  European Arab Islamic Christian Democratic Republican People Peoples Union Bank Banco Credit
  Electronic Digital Mutual Overseas Metropolitan Municipal City County Air Oil Gold Steel
`);

/** A confirmed phrase: the key of the organization it names and how it was confirmed. */
export interface Form {
  key: string;
  evidence: 'repeat' | 'short-form';
}

function isCompany(found: Found, tokens: Token[]): boolean {
  if (found.type === 'company' || found.evidence === 'designator') return true;
  return DESIGNATORS.has(tokens[found.last]!.text);
}

function canStandAlone(tokens: Token[], first: number, last: number, surnames: Set<string>): boolean {
  const text = joinTokens(tokens, first, last);
  const end = tokens[last]!.text;
  if (!isCapitalised(end) || FUNCTION_WORDS.has(end.toLowerCase()) || isPlaceLike(text)) return false;
  if (
    first === last &&
    (GENERIC_MODIFIERS.has(end) || isDemonym(end) || HEADS.has(end) || surnames.has(end))
  ) {
    return false;
  }
  return true;
}

function addShortForms(
  tokens: Token[],
  found: Found,
  key: string,
  surnames: Set<string>,
  out: PhraseIndex<Form | null>,
): void {
  let last = found.last;
  while (last > found.first && DESIGNATORS.has(tokens[last]!.text)) last--;
  for (let end = last; end >= found.first; end--) {
    if (end === found.last) continue;
    if (!canStandAlone(tokens, found.first, end, surnames)) continue;
    const phrase = joinTokens(tokens, found.first, end);
    const prior = out.get(phrase);
    const standsAlone = prior?.evidence === 'repeat' && prior.key === toKey(phrase);
    if (prior === undefined || standsAlone) out.set(phrase, { key, evidence: 'short-form' });
    else if (prior && prior.evidence === 'short-form' && prior.key !== key) out.set(phrase, null);
  }
}

/** Builds the phrase dictionary of confirmed names (null marks an ambiguous short form). */
export function collectForms(
  tokens: Token[],
  found: Found[],
  surnames: Set<string>,
): PhraseIndex<Form | null> {
  const forms = new PhraseIndex<Form | null>();
  for (const f of found) {
    const phrase = joinTokens(tokens, f.first, f.last);
    if (!forms.has(phrase)) forms.set(phrase, { key: toKey(f.link ?? phrase), evidence: 'repeat' });
  }
  // longest names first, so "Nordland Finance" (itself short for "Nordland Finance Ltd") passes on
  // the key of the full name to "Nordland"
  const companies = found.filter((f) => f.last > f.first && isCompany(f, tokens));
  companies.sort((a, b) => b.last - b.first - (a.last - a.first));
  const done = new Set<string>();
  for (const f of companies) {
    const phrase = joinTokens(tokens, f.first, f.last);
    const key = forms.get(phrase)?.key;
    if (key && !done.has(phrase)) addShortForms(tokens, f, key, surnames, forms);
    done.add(phrase);
  }
  return forms;
}

/** Links mentions found on their own ("Nordland Finance shareholders") to the name they shorten. */
export function linkShortForms(tokens: Token[], found: Found[], forms: PhraseIndex<Form | null>): void {
  for (const f of found) {
    if (f.link) continue;
    const form = forms.get(joinTokens(tokens, f.first, f.last));
    if (form?.evidence === 'short-form') f.link = form.key;
  }
}

/** The same dictionary keyed in upper case, for echoing names in ALL-CAPS lines. */
export function toUpperForms(forms: PhraseIndex<Form | null>): PhraseIndex<Form> {
  const upper = new PhraseIndex<Form>();
  for (const [phrase, form] of forms.entries()) if (form) upper.set(phrase.toUpperCase(), form);
  return upper;
}
