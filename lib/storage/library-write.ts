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
  removeDocs,
  toDocKey,
  withPageFields,
  type LibraryDoc,
  type LibraryPageEntry,
  type LibraryPageFields,
} from '../library/index-entry';
import type { PublisherProfile } from '../publishers/profile';
import type { Clipping, Note, PageRecord } from './records';
import type { SourceContextDb } from './schema';
import { pageFieldsOfStored } from './library-index';
import { articleRange, placeClippings, type ClippingPart } from './clipping-parts';

/** Every store a library write may touch. */
export const LIBRARY_STORES = ['pages', 'publishers', 'notes', 'clippingParts', 'libraryIndex'] as const;
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
  /**
   * Articles known to have neither an index entry nor clipping parts (their keys were listed just
   * before): in "add" mode their new entry and parts are added without reading anything first, so
   * the batch's writes need no round trip to this thread. One that appeared since makes its `add`
   * fail with `ConstraintError`, and nothing of the batch is written.
   */
  fresh?: ReadonlySet<string>;
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
}

/**
 * What the batch read back: stored index entries and, where needed, article records; the last
 * clipping part of each article the batch adds clippings to; in "put" mode, the part holding each
 * clipping's id and the stored note with each note's id.
 */
interface Reads {
  entries: Map<string, LibraryPageEntry | undefined>;
  pages: Map<string, unknown>;
  lastParts: Map<string, ClippingPart | undefined>;
  holders: Map<string, ClippingPart | undefined>;
  notes: Map<string, unknown>;
}

/**
 * The docs each article loses because the batch moves a clipping or note of it to another article
 * (a backup whose records name other articles than the stored ones): article -> doc keys.
 */
function movedAway(records: LibraryRecords, reads: Reads): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (from: string | undefined, to: string, key: string): void => {
    if (from === undefined || from === to) return;
    const keys = out.get(from);
    if (keys) keys.add(key);
    else out.set(from, new Set([key]));
  };
  for (const c of records.clippings)
    add(reads.holders.get(c.id)?.pageKey, c.pageKey, toDocKey('clipping', c.id));
  for (const n of records.notes) {
    const stored = reads.notes.get(n.id) as { pageKey?: unknown } | undefined;
    const from = typeof stored?.pageKey === 'string' ? stored.pageKey : undefined;
    add(from, n.pageKey, toDocKey('note', n.id));
  }
  return out;
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
  return { keys, nextEntry, needsPage, hasDocs: (key: string) => groups.has(key) };
}

/**
 * Writes `records` and indexes their clippings and notes, inside `tx`. Every request goes out at
 * once, reads first: the index entries (and article records) the batch needs and the clipping
 * parts the clippings go into, then the other records, then the parts and the new entries as soon
 * as the reads are back, so the database never waits on this thread in the middle of a batch.
 * Plain requests, no promise per record: at 100,000 records the promises cost the writing thread
 * more than the writes. Resolves once every request is out. A request that fails
 * (`ConstraintError` for an "add" of a key that exists, or of a clipping id stored in another
 * part) aborts the transaction: callers learn why from `whenFinished(tx)` (./write-tx.ts) or
 * `tx.done`. In "add" mode clippings are taken to be new: their ids are not looked up.
 */
export function putLibraryRecordsInTx(
  tx: LibraryTx,
  records: LibraryRecords,
  nowMs: number,
  options: WriteOptions = {},
): Promise<void> {
  const raw = unwrap(tx);
  const mode = options.mode ?? 'put';
  const plan = planEntries(records, groupDocs(records), options.knownPages);
  const fresh = (key: string): boolean => mode === 'add' && options.fresh?.has(key) === true;
  const reads: Reads = {
    entries: new Map(),
    pages: new Map(),
    lastParts: new Map(),
    holders: new Map(),
    notes: new Map(),
  };
  return new Promise<void>((resolve, reject) => {
    let waiting = 0;
    let moved: Map<string, Set<string>> | null = null;
    const finish = (): void => {
      try {
        if (!moved) {
          // Records that move to another article leave its entry: read the entries not read yet
          // (a second round trip, only in a batch that moves something).
          moved = movedAway(records, reads);
          const index = raw.objectStore('libraryIndex');
          for (const key of moved.keys()) if (!reads.entries.has(key)) read(index, key, reads.entries);
          if (waiting > 0) return;
        }
        const parts = raw.objectStore('clippingParts');
        const placed = placeClippings(records.clippings, reads.holders, reads.lastParts, mode);
        for (const key of placed.deletes) parts.delete(key);
        for (const part of placed.puts) {
          if (fresh(part.pageKey)) parts.add(part);
          else parts.put(part);
        }
        const index = raw.objectStore('libraryIndex');
        for (const key of new Set([...plan.keys, ...moved.keys()])) {
          let next = plan.keys.has(key) ? plan.nextEntry(key, reads, nowMs) : null;
          const gone = moved.get(key);
          const entry = next ?? reads.entries.get(key);
          if (gone && entry?.docs.some((d) => gone.has(d.key))) next = removeDocs(entry, gone, nowMs);
          if (next && fresh(key) && plan.hasDocs(key)) index.add(next);
          else if (next) index.put(next);
        }
        if (options.commit) raw.commit();
        resolve();
      } catch (error) {
        reject(error);
      }
    };
    const track = (request: IDBRequest, done: (result: unknown) => void): void => {
      waiting++;
      request.onsuccess = () => {
        done(request.result);
        if (--waiting === 0) finish();
      };
      request.onerror = () => reject(raw.error ?? request.error);
    };
    const read = (store: IDBObjectStore | IDBIndex, key: string, into: Map<string, unknown>): void =>
      track(store.get(key), (result) => into.set(key, result));
    try {
      const index = raw.objectStore('libraryIndex');
      for (const key of plan.keys) {
        if (fresh(key) && plan.hasDocs(key)) reads.entries.set(key, undefined);
        else read(index, key, reads.entries);
        if (plan.needsPage(key)) read(raw.objectStore('pages'), key, reads.pages);
      }
      const parts = raw.objectStore('clippingParts');
      for (const pageKey of new Set(records.clippings.map((c) => c.pageKey))) {
        if (fresh(pageKey)) {
          reads.lastParts.set(pageKey, undefined);
          continue;
        }
        // The article's last part: the cursor's first step, never continued.
        track(parts.openCursor(articleRange(pageKey), 'prev'), (cursor) =>
          reads.lastParts.set(pageKey, (cursor as IDBCursorWithValue | null)?.value as ClippingPart),
        );
      }
      if (mode === 'put') {
        for (const c of records.clippings) read(parts.index('by-id'), c.id, reads.holders);
        for (const n of records.notes) read(raw.objectStore('notes'), n.id, reads.notes);
      }
      issueWrites(raw, records, mode);
      if (waiting === 0) finish();
    } catch (error) {
      reject(error);
    }
  });
}
