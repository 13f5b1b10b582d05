/**
 * The library's search index in IndexedDB holds one entry per article (`libraryIndex` store, key =
 * page key): the article's searchable fields (title, publisher, the organizations it names) and one
 * small doc per clipping or page note on it, with that doc's tokens. One entry per article, not per
 * token or per clipping, because IndexedDB pays per record: a multiEntry token index made importing
 * 100k clippings five times slower in Chromium (70 s against 14 s), a record per clipping 1.7 times.
 * Everything here is pure; lib/storage/library-index.ts reads and writes the entries.
 */
import type { Clipping, Note } from '../storage/records';
import { indexTokens } from './tokenize';

/** One clipping (`c:<id>`) or page note (`n:<id>`) of an article. */
export interface LibraryDoc {
  key: string;
  createdAtMs: number;
  tags: string[];
  hasNote: boolean;
  orphaned: boolean;
  /** Distinct tokens of the quote, note and tags, space-separated. */
  tokens: string;
  /**
   * The hash of `tokens`, on docs the search worker sends the library page without their tokens
   * (the page's catalog keeps none): never stored.
   */
  tokenHash?: number;
}

/** What the library shows and searches about the article itself. */
export interface LibraryPageFields {
  /** An http(s) URL to open the article at, or null. */
  pageUrl: string | null;
  title: string;
  publisherDomain: string;
  publisherName: string | null;
  organizations: string[];
  /** Distinct tokens of title, publisher and organization names and aliases, space-separated. */
  pageTokens: string;
  /** True when the fields come from the stored article (organizations are known). */
  hasPageRecord: boolean;
}

export interface LibraryPageEntry extends LibraryPageFields {
  pageKey: string;
  /** When this entry last changed (ms); the library refreshes entries changed after its last load. */
  updatedAtMs: number;
  docs: LibraryDoc[];
}

export type DocKind = 'clipping' | 'note';

/** The doc key of a clipping or note id. */
export function toDocKey(kind: DocKind, id: string): string {
  return (kind === 'clipping' ? 'c:' : 'n:') + id;
}

/** The kind and record id of a doc key, or null when it is not one. */
export function parseDocKey(key: string): { kind: DocKind; id: string } | null {
  if (key.startsWith('c:')) return { kind: 'clipping', id: key.slice(2) };
  if (key.startsWith('n:')) return { kind: 'note', id: key.slice(2) };
  return null;
}

/** Whether a clipping is marked orphaned (its quote no longer found). Absent means false. */
export function isOrphaned(record: unknown): boolean {
  return (record as { orphaned?: unknown } | null)?.orphaned === true;
}

/** The index doc of a clipping. */
export function buildClippingDoc(clipping: Clipping): LibraryDoc {
  return {
    key: toDocKey('clipping', clipping.id),
    createdAtMs: clipping.createdAtMs,
    tags: [...clipping.tags],
    hasNote: clipping.note.trim().length > 0,
    orphaned: isOrphaned(clipping),
    tokens: indexTokens([clipping.quote.exact, clipping.note, clipping.tags.join(' ')]).join(' '),
  };
}

/** The index doc of a page note. */
export function buildNoteDoc(note: Note): LibraryDoc {
  return {
    key: toDocKey('note', note.id),
    createdAtMs: note.createdAtMs,
    tags: [],
    hasNote: note.text.trim().length > 0,
    orphaned: false,
    tokens: indexTokens([note.text]).join(' '),
  };
}

export { pageFieldsOfClipping, pageFieldsOfKey, pageFieldsOfRecord } from './page-fields';

/** A new entry for `pageKey` with `fields` and no docs. */
export function createEntry(pageKey: string, fields: LibraryPageFields, nowMs: number): LibraryPageEntry {
  return { pageKey, ...fields, updatedAtMs: nowMs, docs: [] };
}

/**
 * The entry an article's docs go into: the stored one when it already carries the article's own
 * fields; else the stored one with `fields` (from the article record) when they are known; else a
 * new entry, with `fallback()` when the article itself is not stored.
 */
export function entryForDocs(
  pageKey: string,
  stored: LibraryPageEntry | undefined,
  fields: LibraryPageFields | null | undefined,
  fallback: () => LibraryPageFields,
  nowMs: number,
): LibraryPageEntry {
  if (stored?.hasPageRecord) return stored;
  const chosen = fields ?? (stored ? null : fallback());
  if (!chosen) return stored!;
  return stored ? { ...stored, ...chosen } : createEntry(pageKey, chosen, nowMs);
}

/** The entry with its article fields replaced (the article record was written again). */
export function withPageFields(
  entry: LibraryPageEntry,
  fields: LibraryPageFields,
  nowMs: number,
): LibraryPageEntry {
  return { ...entry, ...fields, updatedAtMs: Math.max(nowMs, entry.updatedAtMs + 1) };
}

/** The entry with `docs` added, each replacing the doc with the same key. */
export function putDocs(
  entry: LibraryPageEntry,
  docs: readonly LibraryDoc[],
  nowMs: number,
): LibraryPageEntry {
  const incoming = new Set(docs.map((d) => d.key));
  const kept = entry.docs.filter((d) => !incoming.has(d.key));
  return { ...entry, docs: [...kept, ...docs], updatedAtMs: Math.max(nowMs, entry.updatedAtMs + 1) };
}

/** The entry without the docs in `keys`. */
export function removeDocs(
  entry: LibraryPageEntry,
  keys: ReadonlySet<string>,
  nowMs: number,
): LibraryPageEntry {
  const docs = entry.docs.filter((d) => !keys.has(d.key));
  return { ...entry, docs, updatedAtMs: Math.max(nowMs, entry.updatedAtMs + 1) };
}
