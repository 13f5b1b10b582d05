/**
 * Binds an acronym used alone ("the IRGC") to the long name it spells elsewhere in the same
 * article, before or after it. With several candidates the nearest long name wins; an acronym
 * that spells none stays its own organization, so "ICC" never joins "ICRC". Pinned by
 * tests/unit/organizations/definitions.test.ts (bare acronyms) and extract.test.ts.
 */
import { acronymLetters, spellName, spells, type SpelledName } from './acronyms';
import type { Mention } from './describe';
import type { Token } from './tokens';
import type { UnionFind } from './union-find';

const MAX_CANDIDATES = 200;

/** Spelling tests per article: plenty for real text, a ceiling for hostile input. */
const MAX_CHECKS = 20_000;

interface LongForm {
  key: string;
  first: number;
  last: number;
  start: number;
  name?: SpelledName;
}

function collectLongForms(mentions: Mention[]): Map<string, LongForm[]> {
  const byInitial = new Map<string, LongForm[]>();
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.found.last === m.found.first || seen.has(m.key)) continue;
    seen.add(m.key);
    const initial = m.text[0]!.toUpperCase();
    const list = byInitial.get(initial) ?? [];
    if (list.length < MAX_CANDIDATES)
      list.push({ key: m.key, first: m.found.first, last: m.found.last, start: m.start });
    byInitial.set(initial, list);
  }
  return byInitial;
}

function spelledOf(tokens: Token[], form: LongForm): SpelledName {
  form.name ??= spellName(tokens.slice(form.first, form.last + 1).map((t) => t.text));
  return form.name;
}

/** Joins each lone acronym group with the nearest long form that it spells. */
export function bindBareAcronyms(tokens: Token[], mentions: Mention[], uf: UnionFind): void {
  if (!mentions.some((m) => m.acronym)) return;
  const hasLong = new Set<string>();
  for (const m of mentions) if (!m.acronym) hasLong.add(uf.find(m.key));
  const lone = mentions.filter((m) => m.acronym && !hasLong.has(uf.find(m.key)));
  if (!lone.length) return;
  const longForms = collectLongForms(mentions);
  const done = new Set<string>();
  let checks = 0;
  for (const m of lone) {
    if (done.has(m.key)) continue;
    done.add(m.key);
    const letters = acronymLetters(m.text);
    let best: LongForm | undefined;
    for (const c of longForms.get(letters[0] ?? '') ?? []) {
      if (++checks > MAX_CHECKS) return;
      if (!spells(letters, spelledOf(tokens, c))) continue;
      if (!best || Math.abs(c.start - m.start) < Math.abs(best.start - m.start)) best = c;
    }
    if (best) uf.union(best.key, m.key);
  }
}
