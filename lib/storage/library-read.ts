/**
 * Reads for the library page: the search index entries, newest-changed articles first and in
 * small batches (one short transaction each, so the page keeps painting and writers never wait
 * long), and the clippings and notes behind the rows on screen.
 */
import type { LibraryPageEntry } from '../library/index-entry';
import { parseDocKey } from '../library/index-entry';
import { isClippingLike, isNoteLike } from '../library/record-guards';
import type { Clipping, Note } from './records';
import type { Db } from './open';
import { getClipping } from './clipping-parts';

/** A clipping or a page note, as the library shows it. */
export type LibraryRecord = { kind: 'clipping'; record: Clipping } | { kind: 'note'; record: Note };

/** Whether a stored value looks like an index entry (derived data: checked cheaply, not parsed). */
export function isLibraryPageEntry(value: unknown): value is LibraryPageEntry {
  const v = value as Partial<LibraryPageEntry> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.pageKey === 'string' &&
    typeof v.title === 'string' &&
    typeof v.pageTokens === 'string' &&
    Array.isArray(v.organizations) &&
    Array.isArray(v.docs) &&
    v.docs.every((d) => typeof d?.key === 'string' && typeof d.tokens === 'string' && Array.isArray(d.tags))
  );
}

/**
 * Streams index entries changed after `afterMs` (all when null), newest-changed first, `batch`
 * entries at a time (`firstBatch` the first time: a few are enough for the first screen; the
 * total it is told is then a lower bound). `onBatch` runs between transactions, so it may take
 * its time.
 */
export async function streamIndexEntries(
  db: Db,
  afterMs: number | null,
  onBatch: (entries: LibraryPageEntry[], done: number, total: number) => void | Promise<void>,
  batch = 50,
  firstBatch = batch,
): Promise<number> {
  const range = afterMs === null ? null : IDBKeyRange.lowerBound(afterMs, true);
  // The newest few through a cursor, before listing every key: the first screen waits for nothing else.
  const first: LibraryPageEntry[] = [];
  let cursor = await db.transaction('libraryIndex').store.index('by-updated').openCursor(range, 'prev');
  while (cursor && first.length < firstBatch) {
    if (isLibraryPageEntry(cursor.value)) first.push(cursor.value);
    cursor = await cursor.continue();
  }
  if (first.length > 0) await onBatch(first, first.length, first.length + (cursor ? 1 : 0));
  const seen = new Set(first.map((e) => e.pageKey));
  const all = (await db.getAllKeysFromIndex('libraryIndex', 'by-updated', range)).reverse();
  const keys = all.filter((k) => !seen.has(k));
  const total = keys.length + first.length;
  for (let start = 0; start < keys.length; start += batch) {
    const tx = db.transaction('libraryIndex');
    const rows = await Promise.all(keys.slice(start, start + batch).map((k) => tx.store.get(k)));
    await onBatch(
      rows.filter(isLibraryPageEntry),
      first.length + Math.min(keys.length, start + batch),
      total,
    );
  }
  return total;
}

/** The clippings and notes behind `docKeys` (missing or damaged records are left out). */
export async function getLibraryRecords(
  db: Db,
  docKeys: readonly string[],
): Promise<Map<string, LibraryRecord>> {
  const tx = db.transaction(['clippingParts', 'notes']);
  const out = new Map<string, LibraryRecord>();
  await Promise.all(
    docKeys.map(async (key) => {
      const ref = parseDocKey(key);
      if (ref?.kind === 'clipping') {
        const row: unknown = await getClipping(tx.objectStore('clippingParts'), ref.id);
        if (isClippingLike(row)) out.set(key, { kind: 'clipping', record: row });
      } else if (ref?.kind === 'note') {
        const row = await tx.objectStore('notes').get(ref.id);
        if (isNoteLike(row)) out.set(key, { kind: 'note', record: row });
      }
    }),
  );
  return out;
}

/**
 * How many clippings are stored: the parts counted by size (index `by-size`), a few requests.
 * Counting the 100,000 rows of `by-id` took 1.8 s in Chromium, which checks each row.
 */
export async function countClippings(db: Db): Promise<number> {
  const index = db.transaction('clippingParts').store.index('by-size');
  const sizes: number[] = [];
  for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue()) sizes.push(c.key);
  const counts = await Promise.all(sizes.map((size) => index.count(size)));
  return sizes.reduce((total, size, i) => total + size * counts[i]!, 0);
}

/** Whether the index holds a different number of docs than there are clippings and notes. */
export async function isIndexStale(db: Db, indexedDocs: number): Promise<boolean> {
  const [clippings, notes] = await Promise.all([countClippings(db), db.count('notes')]);
  return clippings + notes !== indexedDocs;
}
