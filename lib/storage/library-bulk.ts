/**
 * Bulk actions of the library over a selection of clippings and notes: tag, untag, delete (returning
 * what was deleted, for undo) and restore. Work goes in batches of `BULK_BATCH` records, one
 * strictly durable transaction each, with the search index updated in the same transaction.
 */
import { parseDocKey, toDocKey } from '../library/index-entry';
import { ClippingSchema, NoteSchema, type Clipping, type Note } from './records';
import type { Db } from './open';
import { unindexDocInTx } from './library-index';
import { LIBRARY_STORES, putLibraryRecordsInTx, type LibraryRecords } from './library-write';
import { openWriteTx } from './write-tx';

export const BULK_BATCH = 500;
const MAX_TAGS = 50;

export type Progress = (done: number, total: number) => void;

/** What a bulk delete removed, to put back with `restoreRecords`. */
export type DeletedRecords = Pick<LibraryRecords, 'clippings' | 'notes'>;

function retag(clipping: Clipping, tag: string, add: boolean): string[] | null {
  const has = clipping.tags.includes(tag);
  if (add) return has || clipping.tags.length >= MAX_TAGS ? null : [...clipping.tags, tag];
  return has ? clipping.tags.filter((t) => t !== tag) : null;
}

/** Adds (`add`) or removes `tag` on the selected clippings (notes have no tags); returns how many changed. */
export async function tagDocs(
  db: Db,
  docKeys: readonly string[],
  tag: string,
  add: boolean,
  nowMs: number,
  onProgress?: Progress,
): Promise<number> {
  const ids = docKeys.flatMap((k) => (parseDocKey(k)?.kind === 'clipping' ? [parseDocKey(k)!.id] : []));
  let changed = 0;
  for (let start = 0; start < ids.length; start += BULK_BATCH) {
    const tx = openWriteTx(db, LIBRARY_STORES);
    const rows = await Promise.all(
      ids.slice(start, start + BULK_BATCH).map((id) => tx.objectStore('clippings').get(id)),
    );
    const clippings = rows.flatMap((row) => {
      const parsed = ClippingSchema.safeParse(row);
      const tags = parsed.success ? retag(parsed.data, tag, add) : null;
      return tags && parsed.success
        ? [ClippingSchema.parse({ ...parsed.data, tags, updatedAtMs: nowMs })]
        : [];
    });
    await putLibraryRecordsInTx(tx, { pages: [], publishers: [], notes: [], clippings }, nowMs);
    await tx.done;
    changed += clippings.length;
    onProgress?.(Math.min(ids.length, start + BULK_BATCH), ids.length);
  }
  return changed;
}

/** Deletes the selected clippings and notes; returns them exactly as they were (for undo). */
export async function deleteDocs(
  db: Db,
  docKeys: readonly string[],
  nowMs: number,
  onProgress?: Progress,
): Promise<DeletedRecords> {
  const deleted: DeletedRecords = { clippings: [], notes: [] };
  for (let start = 0; start < docKeys.length; start += BULK_BATCH) {
    const tx = openWriteTx(db, LIBRARY_STORES);
    const byPage = new Map<string, string[]>();
    for (const key of docKeys.slice(start, start + BULK_BATCH)) {
      const ref = parseDocKey(key);
      if (!ref) continue;
      const store = tx.objectStore(ref.kind === 'clipping' ? 'clippings' : 'notes');
      const row = await store.get(ref.id);
      const parsed = ref.kind === 'clipping' ? ClippingSchema.safeParse(row) : NoteSchema.safeParse(row);
      // A record failing its schema could not be put back by undo: it is left alone.
      if (!parsed.success) continue;
      await store.delete(ref.id);
      if (ref.kind === 'clipping') deleted.clippings.push(parsed.data as Clipping);
      else deleted.notes.push(parsed.data as Note);
      const pageKey = parsed.data.pageKey;
      byPage.set(pageKey, [...(byPage.get(pageKey) ?? []), toDocKey(ref.kind, ref.id)]);
    }
    for (const [pageKey, keys] of byPage)
      await unindexDocInTx(tx.objectStore('libraryIndex'), pageKey, keys, nowMs);
    await tx.done;
    onProgress?.(Math.min(docKeys.length, start + BULK_BATCH), docKeys.length);
  }
  return deleted;
}

/** Puts deleted clippings and notes back (undo), ids and timestamps unchanged. */
export async function restoreRecords(
  db: Db,
  records: DeletedRecords,
  nowMs: number,
  onProgress?: Progress,
): Promise<void> {
  const all = [...records.clippings.map((c) => ({ c })), ...records.notes.map((n) => ({ n }))];
  for (let start = 0; start < all.length; start += BULK_BATCH) {
    const slice = all.slice(start, start + BULK_BATCH);
    const tx = openWriteTx(db, LIBRARY_STORES);
    await putLibraryRecordsInTx(
      tx,
      {
        pages: [],
        publishers: [],
        clippings: slice.flatMap((r) => ('c' in r ? [r.c] : [])),
        notes: slice.flatMap((r) => ('n' in r ? [r.n] : [])),
      },
      nowMs,
    );
    await tx.done;
    onProgress?.(Math.min(all.length, start + BULK_BATCH), all.length);
  }
}
