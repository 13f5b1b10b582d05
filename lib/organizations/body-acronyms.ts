/**
 * Decides whether an all-caps token names a body: "NCRI", "U.N.", "AT&T" do; countries ("U.S.",
 * "UK-US"), units and titles ("CEO", "GDP") and a person's initials ("R.K. Menon") do not.
 * Pinned by tests/unit/organizations/classify.test.ts.
 */
import { isAllCaps, isCapitalised } from './chars';
import type { KnownBody } from './lexicon-bodies';
import { HEADS } from './lexicon-heads';
import { isPlace } from './lexicon-places';
import { NON_BODY_CAPS } from './lexicon-words';
import type { PhraseIndex } from './phrase-index';
import type { Token } from './tokens';

/** True for an acronym that can name a body ("NCRI", "U.N.", "AT&T"), not "U.S." or "CEO". */
export function isBodyAcronym(word: string): boolean {
  if (!isAllCaps(word) || NON_BODY_CAPS.has(word) || isPlace(word) || !isCapitalised(word)) return false;
  return !word.includes('-') || !word.split('-').every((part) => isPlace(part));
}

/** "R.K. Menon": dotted capitals before a name are a person's initials, not a body. */
export function isInitialsBeforeName(tokens: Token[], i: number, known: PhraseIndex<KnownBody>): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    t.text.includes('.') &&
    !known.has(t.text) &&
    next !== undefined &&
    next.capitalised &&
    !next.allCaps &&
    !HEADS.has(next.text)
  );
}
