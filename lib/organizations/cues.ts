/**
 * Decides from the words around it whether an unexplained capitalised name is an organization:
 * a common noun before it ("Polish brewer Brovia", "the daily Gazeta Poranna"), after it
 * ("Velta news agency", "Norvik officials"), in an appositive (", the region's largest copper
 * producer"), an organization-only noun after its possessive ("Norvik's debts"), a job "at" it
 * ("analyst at Orlik Plus") or a relation ("owned by", "a stake in"). Places, nationalities,
 * people and the article's surnames never qualify. Pinned by tests/unit/organizations/cues.test.ts.
 */
import { newFound, type Found } from './found';
import { CUES_AFTER, CUES_BEFORE, JOBS_AT, POSSESSIVE_CUES, type OrgType } from './lexicon-heads';
import { isDemonym, isPlaceLike } from './lexicon-places';
import { ARTICLES } from './name-words';
import { isPersonRun } from './people';
import { joinTokens, type Run } from './runs';
import type { Token } from './tokens';

const NO_NAMES = new Set<string>();

const RELATIONS = new Set([
  'owned by',
  'controlled by',
  'acquired by',
  'bought by',
  'stake in',
  'stakes in',
  'shares in',
  'unit of',
  'subsidiary of',
]);

const GROUP_KINDS = new Map<string, OrgType>([
  ['rebel', 'armed-group'],
  ['militant', 'armed-group'],
  ['separatist', 'armed-group'],
  ['guerrilla', 'armed-group'],
  ['armed', 'armed-group'],
  ['terrorist', 'armed-group'],
  ['jihadist', 'armed-group'],
  ['insurgent', 'armed-group'],
  ['paramilitary', 'armed-group'],
  ['opposition', 'party'],
  ['political', 'party'],
  ['rights', 'ngo'],
  ['advocacy', 'ngo'],
  ['humanitarian', 'ngo'],
  ['aid', 'ngo'],
  ['charity', 'ngo'],
  ['news', 'news-outlet'],
  ['media', 'news-outlet'],
  ['industry', 'company'],
  ['business', 'company'],
]);

function isLowerWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.text === t.text.toLowerCase();
}

/** Type from the noun before the name; "group"-like nouns take the kind from the word before. */
function typeBefore(tokens: Token[], i: number): OrgType | null | undefined {
  const cue = tokens[i];
  if (cue?.text === 'site' || cue?.text === 'outlet')
    return tokens[i - 1]?.text === 'news' ? 'news-outlet' : undefined;
  if (!isLowerWord(cue) || !CUES_BEFORE.has(cue.text)) return undefined;
  const kind = tokens[i - 1];
  if (isLowerWord(kind) && GROUP_KINDS.has(kind.text)) return GROUP_KINDS.get(kind.text)!;
  return CUES_BEFORE.get(cue.text)!;
}

function typeAfter(tokens: Token[], i: number): OrgType | null | undefined {
  const cue = tokens[i];
  if (!isLowerWord(cue)) return undefined;
  if (cue.text === 'news' && tokens[i + 1]?.text === 'agency') return 'news-outlet';
  return CUES_AFTER.has(cue.text) ? CUES_AFTER.get(cue.text)! : undefined;
}

function hasPossessiveCue(tokens: Token[], i: number): boolean {
  const mark = tokens[i]?.text;
  if (mark !== "'s" && mark !== '\u2019s' && mark !== "'" && mark !== '\u2019') return false;
  for (let j = i + 1; j <= i + 3; j++) {
    const t = tokens[j];
    if (!isLowerWord(t)) return false;
    if (POSSESSIVE_CUES.has(t.text)) return true;
  }
  return false;
}

function isJobAt(tokens: Token[], i: number): boolean {
  const at = tokens[i];
  const job = tokens[i - 1];
  return at?.text === 'at' && isLowerWord(job) && JOBS_AT.has(job.text);
}

/** "owned by X", "a stake in X", "a unit of X": relations only an organization has. */
function isRelationCue(tokens: Token[], i: number): boolean {
  const link = tokens[i]?.text;
  const noun = tokens[i - 1];
  if (!isLowerWord(noun) || (link !== 'by' && link !== 'in' && link !== 'of')) return false;
  return RELATIONS.has(`${noun.text} ${link}`);
}

/** ", the region's largest copper producer": an appositive whose head noun is a cue. */
function typeOfAppositive(tokens: Token[], i: number): OrgType | null | undefined {
  if (tokens[i]?.text !== ',' || !ARTICLES.has(tokens[i + 1]?.text ?? '')) return undefined;
  for (let j = i + 2; j <= i + 7; j++) {
    const t = tokens[j];
    if (t?.text === "'s" || t?.text === '\u2019s') continue;
    if (!isLowerWord(t)) return undefined;
    const next = tokens[j + 1]?.text;
    if (CUES_BEFORE.has(t.text) && next !== "'s" && next !== '\u2019s' && next !== 'of')
      return CUES_BEFORE.get(t.text);
  }
  return undefined;
}

/** True when the run may be an organization at all: not a place, nationality or person. */
export function isOrgCandidate(tokens: Token[], run: Run, surnames: Set<string> = NO_NAMES): boolean {
  const text = joinTokens(tokens, run.first, run.last);
  if (isPlaceLike(text) || isDemonym(text) || surnames.has(text)) return false;
  return !isPersonRun(tokens, run);
}

/** The organization a run's context declares, if any. */
export function findByCue(tokens: Token[], run: Run, surnames: Set<string>): Found | null {
  const before = typeBefore(tokens, run.first - 1);
  const after = typeAfter(tokens, run.last + 1);
  const appositive = typeOfAppositive(tokens, run.last + 1);
  const typed = before !== undefined || after !== undefined || appositive !== undefined;
  const untyped =
    !typed &&
    (hasPossessiveCue(tokens, run.last + 1) ||
      isJobAt(tokens, run.first - 1) ||
      isRelationCue(tokens, run.first - 1));
  if ((!typed && !untyped) || !isOrgCandidate(tokens, run, surnames)) return null;
  // the first cue that tells a type (undefined: no cue there, null: a cue without a type)
  return newFound(run.first, run.last, 'cue', before ?? after ?? appositive ?? null);
}
