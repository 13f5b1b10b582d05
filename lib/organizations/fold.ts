/**
 * Folds mentions into organizations: one group per key, joined by declared equivalents, links
 * (lexicon names, repeats, short forms, "the Council") and bare acronyms bound to the long name
 * they spell, wherever it appears in the article. The display name is the longest proper form;
 * every other form is an alias. Pinned by tests/unit/organizations/extract.test.ts.
 */
import type { Organization } from '../models/page-context';
import { bindBareAcronyms } from './bind-acronyms';
import type { Equivalence } from './definitions';
import { spanText, toKey, type Found } from './found';
import { UnionFind } from './union-find';
import { chooseType, describeGroup, type Mention } from './describe';
import { isAllCaps } from './chars';
import type { Token } from './tokens';

const MAX_NAME = 200;

/**
 * toKey through a cache for one text (`keys`): articles repeat the same few names many times. A
 * function and a Map rather than a closure made per text, which V8 optimized anew for each text.
 */
function keyOf(keys: Map<string, string>, name: string): string {
  let key = keys.get(name);
  if (key === undefined) keys.set(name, (key = toKey(name)));
  return key;
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

/** Most mentions first, then the earliest. */
function byMentionsThenPosition(a: Organization, b: Organization): number {
  return b.mentions - a.mentions || (a.firstPosition ?? 0) - (b.firstPosition ?? 0);
}

function toMentions(text: string, tokens: Token[], founds: Found[], keys: Map<string, string>): Mention[] {
  const mentions: Mention[] = [];
  for (const found of founds) {
    const written = spanText(text, tokens, found);
    if (written.length > MAX_NAME) continue;
    const echoed = found.evidence === 'the-head' || found.evidence === 'caps-echo';
    const key = echoed && found.link ? found.link : keyOf(keys, written);
    const acronym = found.first === found.last && isAllCaps(written);
    mentions.push({ found, text: written, key, start: tokens[found.first]!.start, acronym });
  }
  return mentions.sort(byStart);
}

function joinEquivalences(uf: UnionFind, byFirst: Map<number, Mention>, equivalences: Equivalence[]): void {
  for (const [a, b] of equivalences) {
    const ma = byFirst.get(a.first);
    const mb = byFirst.get(b.first);
    if (ma && mb) uf.union(ma.key, mb.key);
  }
}

/** Groups the mentions into organizations, sorted by mention count (then first position). */
export function foldOrganizations(
  text: string,
  tokens: Token[],
  founds: Found[],
  equivalences: Equivalence[],
): Organization[] {
  const keys = new Map<string, string>();
  const mentions = toMentions(text, tokens, founds, keys);
  const uf = new UnionFind();
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) {
    uf.add(m.key);
    if (m.found.link) uf.union(m.key, keyOf(keys, m.found.link));
    byFirst.set(m.found.first, m);
  }
  joinEquivalences(uf, byFirst, equivalences);
  bindBareAcronyms(tokens, mentions, uf);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const root = uf.find(m.key);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  }
  const orgs: Organization[] = [];
  for (const group of groups.values())
    orgs.push({ ...describeGroup(tokens, group), type: chooseType(group) });
  orgs.sort(byMentionsThenPosition);
  return orgs.slice(0, 1_000);
}
