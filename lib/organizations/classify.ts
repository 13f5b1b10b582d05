/**
 * Decides which parts of a capitalised run are organizations from the words alone: a head at the
 * end ("Alberta Grain Board") or governing an of-phrase ("Department of Health", leading
 * places dropped), company designators ("Tarrow Minerals Ltd", "PT Sinar Timur"), "&" names,
 * known bodies ("Reuters") and acronyms ("NATO", not "U.S."). What is left is handed to the cue
 * and repeat detectors. Pinned by tests/unit/organizations/classify.test.ts.
 */
import { newFound, type Found } from './found';
import { DESIGNATORS, HEADS, LEADING_DESIGNATORS, OF_CONNECTORS, PORTFOLIO_TITLES } from './lexicon-heads';
import { isBodyAcronym, isInitialsBeforeName } from './body-acronyms';
import { isPlaceAcronym } from './lexicon-places';
import { TITLES } from './lexicon-words';
import { hasHead, joinTokens, type Run } from './runs';
import type { Token } from './tokens';
import type { KnownBody } from './lexicon-bodies';
import type { PhraseIndex } from './phrase-index';

/** Known bodies by exact phrase. */
export type KnownLookup = PhraseIndex<KnownBody>;

function isTitleAt(tokens: Token[], i: number): boolean {
  return TITLES.has(tokens[i]!.text.replace(/\.$/, ''));
}

/** Last index before the first title after `from` (a name stops where a person's title starts). */
function trimAtTitle(tokens: Token[], from: number, last: number): number {
  for (let i = from + 1; i <= last; i++) if (isTitleAt(tokens, i)) return i - 1;
  return last;
}

function findOfHeaded(tokens: Token[], run: Run): Found | null {
  let c = -1;
  for (let i = run.first + 1; i < run.last; i++) {
    if (OF_CONNECTORS.has(tokens[i]!.text)) {
      c = i;
      break;
    }
  }
  if (c < 0 || !hasHead(tokens, { first: run.first, last: c - 1 })) return null;
  const head = tokens[c - 1]!.text;
  let first = run.first;
  if (HEADS.has(head)) while (first < c - 1 && isPlaceAcronym(tokens[first]!.text)) first++;
  const last = trimAtTitle(tokens, c, run.last);
  if (last <= c) return null;
  return newFound(first, last, 'head', HEADS.get(head) ?? null);
}

/** The organization a run's words declare by head or designator, if any. */
export function findHeaded(tokens: Token[], run: Run): Found | null {
  if (LEADING_DESIGNATORS.has(tokens[run.first]!.text) && run.last > run.first) {
    return newFound(run.first, trimAtTitle(tokens, run.first, run.last), 'designator', 'company');
  }
  const ofHeaded = findOfHeaded(tokens, run);
  if (ofHeaded) return ofHeaded;
  let e = run.last;
  while (e > run.first && DESIGNATORS.has(tokens[e]!.text)) e--;
  if (e < run.last && !DESIGNATORS.has(tokens[e]!.text)) {
    return newFound(run.first, run.last, 'designator', 'company');
  }
  for (let h = run.last; h > run.first; h--) {
    const word = tokens[h]!.text;
    if (!HEADS.has(word)) continue;
    const next = tokens[h + 1];
    if (h < run.last && next && PORTFOLIO_TITLES.has(next.text)) return null;
    const first = isTitleAt(tokens, run.first) ? run.first + 1 : run.first;
    if (first >= h) return null;
    return newFound(first, h, 'head', HEADS.get(word) ?? null);
  }
  return null;
}

/** Known bodies and acronyms inside [from, to] of a run, longest phrase first. */
function findKnownAndAcronyms(tokens: Token[], from: number, to: number, known: KnownLookup): Found[] {
  const found: Found[] = [];
  let p = from;
  while (p <= to) {
    let matched = 0;
    const match = known.longestAt(tokens, p, to);
    if (match) {
      const body = match.value;
      found.push(newFound(p, p + match.length - 1, 'known', body.type, body.name));
      matched = match.length;
    }
    if (!matched && isBodyAcronym(tokens[p]!.text) && !isInitialsBeforeName(tokens, p, known)) {
      found.push(newFound(p, p, 'acronym', null));
      matched = 1;
    }
    p += matched || 1;
  }
  return found;
}

function hasAmpersand(tokens: Token[], run: Run): boolean {
  for (let i = run.first + 1; i < run.last; i++) if (tokens[i]!.text === '&') return true;
  return false;
}

/** All organizations a run declares by its own words, in token order. */
export function classifyRun(tokens: Token[], run: Run, known: KnownLookup): Found[] {
  const whole = known.get(joinTokens(tokens, run.first, run.last));
  if (whole) return [newFound(run.first, run.last, 'known', whole.type, whole.name)];
  const headed = findHeaded(tokens, run);
  if (headed) {
    const after =
      headed.last < run.last ? findKnownAndAcronyms(tokens, headed.last + 1, run.last, known) : [];
    return [headed, ...after];
  }
  if (hasAmpersand(tokens, run) && !isTitleAt(tokens, run.first)) {
    return [newFound(run.first, trimAtTitle(tokens, run.first, run.last), 'designator', 'company')];
  }
  return findKnownAndAcronyms(tokens, run.first, run.last, known);
}
