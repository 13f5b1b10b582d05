/**
 * Chunks capitalised phrases ("runs") that may name an organization. Atoms are consecutive name
 * words (with "&", name particles and "People's"-style possessives inside); atoms join across "of"
 * only when the left side has a head ("Council of Resistance of Iran"), and across "and" only when
 * the right side ends in a head the left lacks ("Fisheries and Forests Commission"). Pinned by
 * tests/unit/organizations/runs.test.ts.
 */
import { DESIGNATORS, HEADS, LEADING_DESIGNATORS, NAME_PARTICLES, OF_CONNECTORS } from './lexicon-heads';
import { POSSESSIVE_NAME_WORDS } from './lexicon-words';
import { ARTICLES, isNameWord, type RunContext } from './name-words';
import type { Token } from './tokens';

/** Longer capitalised stretches are tables or shouting, not names. */
const MAX_RUN_TOKENS = 16;

/** A token range [first, last] (inclusive) of one capitalised phrase. */
export interface Run {
  first: number;
  last: number;
}

/** True when the token can sit inside an atom between two name words. */
function isInnerJoiner(ctx: RunContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.text === '&') return true;
  if (t.kind === 'word' && NAME_PARTICLES.has(t.text)) return true;
  const prev = ctx.tokens[i - 1];
  return (
    (t.text === "'s" || t.text === '\u2019s') && prev !== undefined && POSSESSIVE_NAME_WORDS.has(prev.text)
  );
}

function findAtoms(ctx: RunContext): Run[] {
  const atoms: Run[] = [];
  const n = ctx.tokens.length;
  const named = new Uint8Array(n + 1);
  for (let k = 0; k < n; k++) named[k] = isNameWord(ctx, k) ? 1 : 0;
  let i = 0;
  while (i < n) {
    if (!named[i]) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < n && !ctx.tokens[j]!.lineStart) {
      if (named[j]) last = j++;
      else if (named[j + 1] && isInnerJoiner(ctx, j) && !ctx.tokens[j + 1]!.lineStart) j++;
      else break;
    }
    if (last - i < MAX_RUN_TOKENS) atoms.push({ first: i, last });
    i = last + 1;
  }
  return atoms;
}

/** True when a word of the range is a head or a company designator. */
export function hasHead(tokens: Token[], run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) {
    const w = tokens[i]!.text;
    if (HEADS.has(w) || DESIGNATORS.has(w) || LEADING_DESIGNATORS.has(w)) return true;
  }
  return false;
}

function endsWithHead(tokens: Token[], run: Run): boolean {
  const w = tokens[run.last]!.text;
  return HEADS.has(w) || DESIGNATORS.has(w);
}

/** Text of tokens [first, last] joined by single spaces. */
export function joinTokens(tokens: Token[], first: number, last: number): string {
  let s = tokens[first]!.text;
  for (let i = first + 1; i <= last; i++) s += ' ' + tokens[i]!.text;
  return s;
}

function shouldMerge(ctx: RunContext, left: Run, right: Run, ofMerged: boolean): boolean {
  const gap = right.first - left.last - 1;
  if (gap < 1 || gap > 2 || ctx.tokens[right.first]!.lineStart) return false;
  const first = ctx.tokens[left.last + 1]!.text;
  const second = ctx.tokens[left.last + 2]!.text;
  if (OF_CONNECTORS.has(first) && (gap === 1 || ARTICLES.has(second))) {
    if (ctx.known(joinTokens(ctx.tokens, left.first, right.last))) return true;
    return canGovern(ctx.tokens, left, right);
  }
  if (gap !== 1 || (first !== 'and' && first !== '&')) return false;
  if (first === '&') return true;
  const singleLeft = left.first === left.last;
  if (hasHead(ctx.tokens, right) && (singleLeft || !hasHead(ctx.tokens, left))) return true;
  return ofMerged && !hasHead(ctx.tokens, right) && right.last - right.first < 2;
}

/**
 * "Council of Resistance", "Movement for a Free Future": a head governs the phrase after
 * "of"/"for" unless that phrase is a body of its own ("Duta of the Sinar Group") or the head is
 * a company's ("Kestrel Group of Anwar").
 */
function canGovern(tokens: Token[], left: Run, right: Run): boolean {
  if (
    !hasHead(tokens, left) ||
    endsWithHead(tokens, right) ||
    LEADING_DESIGNATORS.has(tokens[left.first]!.text)
  ) {
    return false;
  }
  const head = tokens[left.last]!.text;
  if (HEADS.get(head) === 'company' && head !== 'Bank') return false;
  return true;
}

/** Finds the capitalised phrases of the text, in order. */
export function findRuns(ctx: RunContext): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let ofMerged = false;
  for (const atom of findAtoms(ctx)) {
    const fits = current !== null && atom.last - current.first < MAX_RUN_TOKENS;
    if (current && fits && shouldMerge(ctx, current, atom, ofMerged)) {
      ofMerged = ofMerged || ctx.tokens[current.last + 1]!.text === 'of';
      current = { first: current.first, last: atom.last };
      continue;
    }
    if (current) runs.push(current);
    current = { first: atom.first, last: atom.last }; // a literal, so every run has one shape
    ofMerged = false;
  }
  if (current) runs.push(current);
  return runs;
}
