/**
 * Writes many records at once (import batches, bulk edits and their undo) inside one transaction,
 * and keeps the library's search index in step: one index entry read and written per article,
 * however many of its clippings and notes the batch holds.
 */
import { unwrap, type IDBPTransaction } from 'idb';
import {
  buildClippingDoc,
  buildNoteDoc,
  entryForDocs,
  pageFieldsOfClipping,
  pageFieldsOfKey,
  pageFieldsOfRecord,
  putDocs,
  withPageFields,
  type LibraryDoc,
  type LibraryPageEntry,
  type LibraryPageFields,
} from '../library/index-entry';
import type { PublisherProfile } from '../publishers/profile';
import type { Clipping, Note, PageRecord } from './records';
import type { SourceContextDb } from './schema';
import { pageFieldsOfStored } from './library-index';

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

/** How `putLibraryRecordsInTx` writes. */
export interface WriteOptions {
  /** "put" replaces a record with the same key; "add" fails (and aborts) instead. */
  mode?: 'put' | 'add';
  /** Article fields for pages written in earlier batches, so no page is re-read. */
  knownPages?: ReadonlyMap<string, LibraryPageFields>;
  /** Commit as soon as the last request is out (nothing else will be asked in this transaction). */
  commit?: boolean;
}

function issueWrites(tx: IDBTransaction, records: LibraryRecords, mode: 'put' | 'add'): void {
  const write = (store: string, values: readonly unknown[]): void => {
    if (values.length === 0) return;
    const target = tx.objectStore(store);
    for (const value of values) target[mode](value);
  };
  write('pages', records.pages);
  write('publishers', records.publishers);
  write('notes', records.notes);
  write('clippings', records.clippings);
}

/** What the batch read back: stored index entries and, where needed, article records. */
interface Reads {
  entries: Map<string, LibraryPageEntry | undefined>;
  pages: Map<string, unknown>;
}

function planEntries(
  records: LibraryRecords,
  groups: Map<string, PageDocs>,
  knownPages: ReadonlyMap<string, LibraryPageFields> | undefined,
) {
  const written = new Map(records.pages.map((p) => [p.pageKey, p] as const));
  const fieldsOf = (key: string): LibraryPageFields | undefined => {
    const page = written.get(key);
    return knownPages?.get(key) ?? (page ? pageFieldsOfRecord(page) : undefined);
  };
  const keys = new Set([...written.keys(), ...groups.keys()]);
  /** The entry to store for `key` after this batch, or null when it stays as it is. */
  const nextEntry = (key: string, reads: Reads, nowMs: number): LibraryPageEntry | null => {
    let entry = reads.entries.get(key);
    const page = written.get(key);
    if (page && entry) entry = withPageFields(entry, pageFieldsOfRecord(page), nowMs);
    const group = groups.get(key);
    if (!group) return page && entry ? entry : null;
    const fields = fieldsOf(key) ?? pageFieldsOfStored(reads.pages.get(key));
    return putDocs(entryForDocs(key, entry, fields, group.fallback, nowMs), group.docs, nowMs);
  };
  /** Whether the article record must be read to build the entry. */
  const needsPage = (key: string): boolean => groups.has(key) && fieldsOf(key) === undefined;
  return { keys, nextEntry, needsPage };
}

/**
 * Writes `records` and indexes their clippings and notes, inside `tx`. Every request goes out at
 * once, reads first: the index entries (and article records) the batch needs, then the records,
 * then the new entries as soon as the reads are back, so the database never waits on this thread
 * in the middle of a batch. Plain requests, no promise per record: at 100,000 records the
 * promises cost the writing thread more than the writes. Resolves once every request is out. A
 * request that fails (`ConstraintError` for an "add" of a key that exists) aborts the
 * transaction: callers learn why from `whenFinished(tx)` (./write-tx.ts) or `tx.done`.
 */
export function putLibraryRecordsInTx(
  tx: LibraryTx,
  records: LibraryRecords,
  nowMs: number,
  options: WriteOptions = {},
): Promise<void> {
  const raw = unwrap(tx);
  const plan = planEntries(records, groupDocs(records), options.knownPages);
  const reads: Reads = { entries: new Map(), pages: new Map() };
  return new Promise<void>((resolve, reject) => {
    let waiting = 0;
    const finish = (): void => {
      try {
        const index = raw.objectStore('libraryIndex');
        for (const key of plan.keys) {
          const next = plan.nextEntry(key, reads, nowMs);
          if (next) index.put(next);
        }
        if (options.commit) raw.commit();
        resolve();
      } catch (error) {
        reject(error);
      }
    };
    const read = (store: IDBObjectStore, key: string, into: Map<string, unknown>): void => {
      waiting++;
      const request = store.get(key);
      request.onsuccess = () => {
        into.set(key, request.result);
        if (--waiting === 0) finish();
      };
      request.onerror = () => reject(raw.error ?? request.error);
    };
    try {
      const index = raw.objectStore('libraryIndex');
      for (const key of plan.keys) {
        read(index, key, reads.entries);
        if (plan.needsPage(key)) read(raw.objectStore('pages'), key, reads.pages);
      }
      issueWrites(raw, records, options.mode ?? 'put');
      if (waiting === 0) finish();
    } catch (error) {
      reject(error);
    }
  });
}
