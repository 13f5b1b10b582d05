/**
 * Decides the role a mention plays in its sentence from the words next to it, so the reader sees
 * who speaks and who labels whom: "X said" (speaker), "a spokesman for X" / "X spokesman"
 * (spokesperson), "designated by X" (designator), "designate X as" (designated), "according to X"
 * (source), "leader of X" (affiliation). Pinned by tests/unit/organizations/roles.test.ts.
 */
import { toSet } from './lexicon-words';
import type { Token } from './tokens';

const SPEECH = toSet(`
  said says say told tells announced announces stated states reported reports added adds claimed
  claims warned warns denied denies confirmed confirms insisted insists argued argues noted notes
  estimated estimates accused accuses urged urges called calls declared declares alleged alleges
  quoted quotes disclosed revealed acknowledged admitted responded replied
`);
const SPOKES = toSet(
  'spokesman spokeswoman spokesperson spokesmen representative representatives official officials',
);
const DESIGNATING = toSet(
  'designated listed sanctioned blacklisted banned outlawed recognised recognized labelled labeled',
);
const DESIGNATE = toSet(
  'designate designates designating designated list listing blacklist blacklisting ban banning',
);
const MEMBERSHIP = toSet(
  'leader leaders member members head chief founder founders chairman president supporters',
);

/** Role names a mention can carry. */
export type Role = 'speaker' | 'spokesperson' | 'designator' | 'designated' | 'source' | 'affiliation';

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

/** Skips one "the" before position `i` (going left). */
function leftOf(tokens: Token[], first: number): number {
  return lower(tokens[first - 1]) === 'the' ? first - 2 : first - 1;
}

function roleFromLeft(tokens: Token[], first: number): Role | null {
  const i = leftOf(tokens, first);
  const w1 = lower(tokens[i]);
  const w2 = lower(tokens[i - 1]);
  if ((w1 === 'for' || w1 === 'of') && SPOKES.has(w2)) return 'spokesperson';
  if (w1 === 'by' && DESIGNATING.has(w2)) return 'designator';
  if (DESIGNATE.has(w1)) return 'designated';
  if (w1 === 'to' && w2 === 'according') return 'source';
  if (w1 === 'by' && w2 === 'quoted') return 'source';
  if (w1 === 'of' && MEMBERSHIP.has(w2)) return 'affiliation';
  if (w1 === 'said' && /^[.,]$/.test(tokens[first + 1]?.text ?? '')) return 'speaker';
  return null;
}

/** Index after a parenthesis that follows `last` ("NCRI (the Council) said"), else `last + 1`. */
function skipParenthesis(tokens: Token[], last: number): number {
  if (tokens[last + 1]?.text !== '(') return last + 1;
  for (let j = last + 2; j <= last + 10 && j < tokens.length; j++) if (tokens[j]!.text === ')') return j + 1;
  return last + 1;
}

function roleFromRight(tokens: Token[], last: number): Role | null {
  const start = skipParenthesis(tokens, last);
  let i = start;
  if (tokens[i]?.text === "'s" || tokens[i]?.text === '\u2019s') i++;
  const w1 = lower(tokens[i]);
  if (SPOKES.has(w1)) return 'spokesperson';
  if (i === start && SPEECH.has(w1)) return 'speaker';
  if (w1 === 'has' || w1 === 'had' || w1 === 'was' || w1 === 'is') {
    const w2 = lower(tokens[i + 1]);
    if (SPEECH.has(w2)) return 'speaker';
    if (DESIGNATING.has(w2)) return 'designated';
  }
  return null;
}

/** The role cue around the mention at tokens [first, last], or null. */
export function findRole(tokens: Token[], first: number, last: number): Role | null {
  return roleFromLeft(tokens, first) ?? roleFromRight(tokens, last);
}
