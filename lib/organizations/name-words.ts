/**
 * Decides which tokens can belong to a proper name: capitalised words that are not calendar
 * words, units, plural acronyms ("NGOs"), code fragments ("0#SBMT.RUO"), datelines, or function
 * words capitalised by a sentence start or a Title Case line; and a sentence-initial word the
 * text also writes in lower case ("Harbour officials" beside "harbour") is a common noun. Pinned by
 * tests/unit/organizations/runs.test.ts.
 */
import { isAllCaps } from './chars';
import { CALENDAR, FUNCTION_WORDS, NON_BODY_CAPS } from './lexicon-words';
import type { LineMode } from './lines';
import type { Token } from './tokens';

/** What the chunker needs to know about the text. */
export interface RunContext {
  tokens: Token[];
  modes: LineMode[];
  labels: Set<number>;
  known: (phrase: string) => boolean;
  /** Words the text also writes in lower case ("harbour"): capitalised at a sentence start only. */
  common: Set<string>;
}

/** Sentence-opening words that the text also writes in lower case ("Harbour" ... "harbour"). */
export function collectCommonWords(tokens: Token[]): Set<string> {
  const openers = new Set<string>();
  for (const t of tokens)
    if (t.sentenceStart && t.capitalised && !t.allCaps) openers.add(t.text.toLowerCase());
  const common = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !t.capitalised && openers.has(t.text)) common.add(t.text);
  return common;
}

const CODE_MARKS = new Set(['#', '@', '.', '_', '=', '\\']);

/** "0#SBMT.RUO", "@handle", "site.com": words glued to code punctuation are not names. */
function isCodeFragment(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && prev.end === t.start && (prev.kind === 'num' || CODE_MARKS.has(prev.text))) return true;
  const next = tokens[i + 1];
  if (!next || next.start !== t.end || next.text !== '.') return false;
  const after = tokens[i + 2];
  return after !== undefined && after.start === next.end;
}

/** Articles: never part of a name ("the" is normalised away). */
export const ARTICLES = new Set(['the', 'a', 'an']);

function countLetters(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) if (word[i] !== '.' && word[i] !== '&') n++;
  return n;
}

function isArabicArticleName(w: string): boolean {
  if (w.length < 4 || w[2] !== '-' || (w[0] !== 'a' && w[0] !== 'e') || w[1] !== 'l') return false;
  return w[3] !== w[3]!.toLowerCase();
}

/** "NGOs", "MPs": an acronym with a plural "s" is a common noun. */
function isPluralAcronym(w: string): boolean {
  return w.length > 2 && w.endsWith('s') && isAllCaps(w.slice(0, -1));
}

/** True for a word that can be part of a proper name at token `i`. */
export function isNameWord(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.text;
  if (!t.capitalised && !isArabicArticleName(w)) return false;
  if (ctx.modes[i] === 'caps' || ctx.labels.has(i)) return false;
  if (CALENDAR.has(w) || NON_BODY_CAPS.has(w)) return false;
  if (t.allCaps)
    return (countLetters(w) <= 5 || w.includes('.') || ctx.known(w)) && !isCodeFragment(ctx.tokens, i);
  if (isPluralAcronym(w) || isCodeFragment(ctx.tokens, i)) return false;
  const lower = w.toLowerCase();
  if (ARTICLES.has(lower)) return false;
  if ((t.sentenceStart || ctx.modes[i] === 'title') && FUNCTION_WORDS.has(lower)) return false;
  return !(t.sentenceStart && ctx.common.has(lower) && !ctx.tokens[i + 1]?.capitalised);
}
