/**
 * Writes many records at once (import batches, undo of a bulk delete) inside one transaction, and
 * keeps the library's search index in step: one index entry read and written per article, however
 * many of its clippings and notes the batch holds.
 */
import type { IDBPTransaction } from 'idb';
import {
  buildClippingDoc,
  buildNoteDoc,
  pageFieldsOfClipping,
  pageFieldsOfKey,
  type LibraryDoc,
  type LibraryPageFields,
} from '../library/index-entry';
import type { PublisherProfile } from '../publishers/profile';
import type { Clipping, Note, PageRecord } from './records';
import type { SourceContextDb } from './schema';
import { putDocsInTx, refreshPageInTx } from './library-index';

/** Every store a library write may touch. */
export const LIBRARY_STORES = ['pages', 'publishers', 'notes', 'clippings', 'libraryIndex'] as const;
export type LibraryTx = IDBPTransaction<SourceContextDb, typeof LIBRARY_STORES, 'readwrite'>;

/** Records to write; each list already validated against its schema. */
export interface LibraryRecords {
  pages: PageRecord[];
  publishers: PublisherProfile[];
  notes: Note[];
  clippings: Clipping[];
}

interface PageDocs {
  docs: LibraryDoc[];
  fallback: () => LibraryPageFields;
}

function groupDocs(records: Pick<LibraryRecords, 'notes' | 'clippings'>): Map<string, PageDocs> {
  const byPage = new Map<string, PageDocs>();
  const add = (pageKey: string, doc: LibraryDoc, fallback: () => LibraryPageFields): void => {
    const group = byPage.get(pageKey);
    if (group) group.docs.push(doc);
    else byPage.set(pageKey, { docs: [doc], fallback });
  };
  for (const c of records.clippings) add(c.pageKey, buildClippingDoc(c), () => pageFieldsOfClipping(c));
  for (const n of records.notes) add(n.pageKey, buildNoteDoc(n), () => pageFieldsOfKey(n.pageKey));
  return byPage;
}

/**
 * Writes `records` and indexes their clippings and notes. With `mode` "put" a record replaces one
 * with the same key; with "add" an existing key fails the request (and aborts the transaction),
 * so nothing stored is ever overwritten. `knownPages` gives article fields for pages written in
 * earlier batches, so no page is re-read.
 */
export async function putLibraryRecordsInTx(
  tx: LibraryTx,
  records: LibraryRecords,
  nowMs: number,
  knownPages?: ReadonlyMap<string, LibraryPageFields>,
  mode: 'put' | 'add' = 'put',
): Promise<void> {
  const stores = { index: tx.objectStore('libraryIndex'), pages: tx.objectStore('pages') };
  const puts: Promise<unknown>[] = [];
  for (const page of records.pages) puts.push(tx.objectStore('pages')[mode](page));
  for (const profile of records.publishers) puts.push(tx.objectStore('publishers')[mode](profile));
  for (const note of records.notes) puts.push(tx.objectStore('notes')[mode](note));
  for (const clipping of records.clippings) puts.push(tx.objectStore('clippings')[mode](clipping));
  await Promise.all(puts);
  // Distinct articles: their entries can be read and written concurrently within the transaction.
  await Promise.all(records.pages.map((page) => refreshPageInTx(stores, page, nowMs)));
  await Promise.all(
    [...groupDocs(records)].map(([pageKey, group]) =>
      putDocsInTx(stores, pageKey, group.docs, group.fallback, nowMs, knownPages?.get(pageKey)),
    ),
  );
}
