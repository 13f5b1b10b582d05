/**
 * Full-text matching over the catalog: a doc matches a token when the token is in the doc (quote,
 * note, tags) or in its article (title, publisher, organizations). Every term must match; the
 * last word, while typed, matches as a prefix from two characters on; excluded terms must not
 * match. The rarest group is walked through its posting lists; the others are then checked on
 * those candidates' token strings when that is cheaper than walking their lists too.
 */
import type { Catalog } from './catalog';
import { isEmptyQuery, type ParsedQuery } from './query';

/** Shortest prefix expanded; a one-letter prefix would match nearly everything. */
export const MIN_PREFIX = 2;

interface Group {
  tokens: string[];
  /** The term, or the prefix (`prefix` true). */
  needle: string;
  prefix: boolean;
  size: number;
}

/** Tokens in the catalog starting with `prefix` (the vocabulary bucket of its first character). */
export function expandPrefix(catalog: Catalog, prefix: string): string[] {
  const bucket = catalog.vocabulary.get(prefix[0] ?? '') ?? [];
  return bucket.filter((t) => t.startsWith(prefix));
}

function sizeOf(catalog: Catalog, tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) {
    n += catalog.docPostings.get(t)?.length ?? 0;
    for (const p of catalog.pagePostings.get(t) ?? []) n += catalog.pages[p]?.docs.length ?? 0;
  }
  return n;
}

function groupsOf(catalog: Catalog, query: ParsedQuery): Group[] {
  const groups: Group[] = query.terms.map((t) => ({ tokens: [t], needle: t, prefix: false, size: 0 }));
  const prefix = query.prefix;
  if (prefix !== null && prefix.length >= MIN_PREFIX) {
    groups.push({ tokens: expandPrefix(catalog, prefix), needle: prefix, prefix: true, size: 0 });
  } else if (prefix !== null) groups.push({ tokens: [prefix], needle: prefix, prefix: false, size: 0 });
  for (const g of groups) g.size = sizeOf(catalog, g.tokens);
  return groups.sort((a, b) => a.size - b.size);
}

function setAll(mark: Uint8Array, docs: readonly number[], value: number): void {
  for (let i = 0; i < docs.length; i++) mark[docs[i]!] = value;
}

function promote(mark: Uint8Array, docs: readonly number[]): void {
  for (let i = 0; i < docs.length; i++) if (mark[docs[i]!] === 1) mark[docs[i]!] = 2;
}

/** Sets `mark[doc]` to `value` for every doc holding one of `tokens` (itself or through its article). */
function walk(catalog: Catalog, tokens: readonly string[], mark: Uint8Array, value: number): void {
  for (const t of tokens) {
    const docs = catalog.docPostings.get(t);
    const pages = catalog.pagePostings.get(t);
    if (value === 2) {
      if (docs) promote(mark, docs);
      if (pages) for (const p of pages) promote(mark, catalog.pages[p]!.docs);
    } else {
      if (docs) setAll(mark, docs, value);
      if (pages) for (const p of pages) setAll(mark, catalog.pages[p]!.docs, value);
    }
  }
}

/** Whether a space-separated token string holds the term, or a token starting with the prefix. */
function hasToken(tokens: string, needle: string, prefix: boolean): boolean {
  const at = tokens.indexOf(needle);
  if (at < 0) return false;
  if (at === 0 || tokens.charCodeAt(at - 1) === 32) {
    const end = at + needle.length;
    if (prefix || end === tokens.length || tokens.charCodeAt(end) === 32) return true;
  }
  return prefix
    ? tokens.includes(` ${needle}`)
    : tokens.includes(` ${needle} `) || tokens.endsWith(` ${needle}`);
}

function holds(catalog: Catalog, doc: number, group: Group): boolean {
  const page = catalog.pages[catalog.docPage[doc]!];
  return (
    hasToken(catalog.docTokens[doc]!, group.needle, group.prefix) ||
    hasToken(page?.pageTokens ?? '', group.needle, group.prefix)
  );
}

/**
 * Marks the docs matching `query`: returns a mask (1 = match) over doc indices, or null when the
 * query is empty and every doc matches. Dead docs may be marked; callers check liveness.
 */
export function matchQuery(catalog: Catalog, query: ParsedQuery): Uint8Array | null {
  if (isEmptyQuery(query)) return null;
  const mask = new Uint8Array(catalog.docKeys.length);
  const groups = groupsOf(catalog, query);
  if (groups.length === 0) mask.fill(1);
  else {
    walk(catalog, groups[0]!.tokens, mask, 1);
    for (let g = 1; g < groups.length; g++) {
      const group = groups[g]!;
      const candidates: number[] = [];
      for (let d = 0; d < mask.length; d++) if (mask[d] === 1) candidates.push(d);
      if (candidates.length * 32 < group.size) {
        for (const d of candidates) if (!holds(catalog, d, group)) mask[d] = 0;
      } else {
        walk(catalog, group.tokens, mask, 2);
        for (let d = 0; d < mask.length; d++) mask[d] = mask[d] === 2 ? 1 : 0;
      }
    }
  }
  for (const token of query.excluded) walk(catalog, [token], mask, 0);
  return mask;
}
