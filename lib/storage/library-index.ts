/**
 * Keeps the library's search index (store `libraryIndex`, one entry per article; see
 * lib/library/index-entry.ts) in step with clippings and notes. The `*InTx` functions run inside
 * the caller's write transaction, so a record and its index entry change together or not at all.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import {
  buildClippingDoc,
  buildNoteDoc,
  entryForDocs,
  pageFieldsOfClipping,
  pageFieldsOfKey,
  pageFieldsOfRecord,
  putDocs,
  removeDocs,
  withPageFields,
  type LibraryDoc,
  type LibraryPageEntry,
  type LibraryPageFields,
} from '../library/index-entry';
import { isPageRecordLike } from '../library/record-guards';
import type { Clipping, Note } from './records';
import type { SourceContextDb } from './schema';
import type { Db } from './open';
import { openWriteTx } from './write-tx';

type AnyStores = ArrayLike<StoreNames<SourceContextDb>>;
type WriteStore<N extends StoreNames<SourceContextDb>> = IDBPObjectStore<
  SourceContextDb,
  AnyStores,
  N,
  'readwrite'
>;
type ReadStore<N extends StoreNames<SourceContextDb>> = IDBPObjectStore<
  SourceContextDb,
  AnyStores,
  N,
  'readonly' | 'readwrite' | 'versionchange'
>;

/** The stores an index update touches: the index itself and, to name organizations, the articles. */
export interface IndexStores {
  index:
    WriteStore<'libraryIndex'> | IDBPObjectStore<SourceContextDb, AnyStores, 'libraryIndex', 'versionchange'>;
  pages: ReadStore<'pages'>;
}

/** The stores a transaction must cover to index clippings (use with `db.transaction`). */
export const CLIPPING_STORES = ['clippingParts', 'libraryIndex', 'pages'] as const;
/** The stores a transaction must cover to index notes. */
export const NOTE_STORES = ['notes', 'libraryIndex', 'pages'] as const;

/** The article fields of a stored page record, or null when there is none (or it is damaged). */
export function pageFieldsOfStored(page: unknown): LibraryPageFields | null {
  return isPageRecordLike(page) ? pageFieldsOfRecord(page) : null;
}

async function readPageFields(
  pages: IndexStores['pages'],
  pageKey: string,
): Promise<LibraryPageFields | null> {
  return pageFieldsOfStored(await pages.get(pageKey));
}

async function entryFor(
  stores: IndexStores,
  pageKey: string,
  fallback: () => LibraryPageFields,
  nowMs: number,
): Promise<LibraryPageEntry> {
  const existing = await stores.index.get(pageKey);
  if (existing?.hasPageRecord) return existing;
  const fields = await readPageFields(stores.pages, pageKey);
  return entryForDocs(pageKey, existing, fields, fallback, nowMs);
}

/** Adds or replaces docs of one article in its index entry (inside the caller's transaction). */
export async function putDocsInTx(
  stores: IndexStores,
  pageKey: string,
  docs: readonly LibraryDoc[],
  fallback: () => LibraryPageFields,
  nowMs: number,
): Promise<void> {
  const entry = await entryFor(stores, pageKey, fallback, nowMs);
  await stores.index.put(putDocs(entry, docs, nowMs));
}

/**
 * The index entry an article has once `clipping` is indexed, from its stored entry (maybe
 * missing) and the fields of its stored record, both as the caller read them: computed without a
 * request, so the caller can issue every write at once and commit.
 */
export function entryWithClipping(
  stored: LibraryPageEntry | undefined,
  clipping: Clipping,
  fields: LibraryPageFields,
  nowMs: number,
): LibraryPageEntry {
  const entry = entryForDocs(clipping.pageKey, stored, fields, () => pageFieldsOfClipping(clipping), nowMs);
  return putDocs(entry, [buildClippingDoc(clipping)], nowMs);
}

/** Indexes a clipping (new or edited) inside the caller's transaction. */
export function indexClippingInTx(stores: IndexStores, clipping: Clipping, nowMs: number): Promise<void> {
  const docs = [buildClippingDoc(clipping)];
  return putDocsInTx(stores, clipping.pageKey, docs, () => pageFieldsOfClipping(clipping), nowMs);
}

/** Indexes a page note (new or edited) inside the caller's transaction. */
export function indexNoteInTx(stores: IndexStores, note: Note, nowMs: number): Promise<void> {
  return putDocsInTx(stores, note.pageKey, [buildNoteDoc(note)], () => pageFieldsOfKey(note.pageKey), nowMs);
}

/** Removes docs from their article's entry (kept, even empty, so open libraries see the change). */
export async function unindexDocInTx(
  index: IndexStores['index'],
  pageKey: string,
  docKeys: string | readonly string[],
  nowMs: number,
): Promise<void> {
  const entry = await index.get(pageKey);
  const keys = new Set(typeof docKeys === 'string' ? [docKeys] : docKeys);
  if (entry && entry.docs.some((d) => keys.has(d.key))) await index.put(removeDocs(entry, keys, nowMs));
}

/**
 * Refreshes an article's title, publisher and organizations from its stored page record. Call it
 * after `putPageContext` so a re-read article's new organizations become searchable.
 */
export async function refreshLibraryPage(db: Db, pageKey: string, nowMs = Date.now()): Promise<boolean> {
  const tx = openWriteTx(db, ['libraryIndex', 'pages'] as const);
  const entry = await tx.objectStore('libraryIndex').get(pageKey);
  const fields = entry ? await readPageFields(tx.objectStore('pages'), pageKey) : null;
  if (entry && fields) await tx.objectStore('libraryIndex').put(withPageFields(entry, fields, nowMs));
  await tx.done;
  return Boolean(entry && fields);
}
