/**
 * Bulk actions of the library over a selection of clippings and notes: tag, untag, delete (returning
 * what was deleted, for undo) and restore. Work goes in batches of `BULK_BATCH` records, one
 * strictly durable transaction each, with the search index updated in the same transaction.
 */
import { parseDocKey, toDocKey } from '../library/index-entry';
import { ClippingSchema, NoteSchema, type Clipping, type Note } from './records';
import type { Db } from './open';
import { unindexDocInTx } from './library-index';
import { LIBRARY_STORES, putLibraryRecordsInTx, type LibraryRecords, type LibraryTx } from './library-write';
import { clippingIn, getClippings, partOf, withoutClippings, type ClippingPart } from './clipping-parts';
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
    const found = await getClippings(tx.objectStore('clippingParts'), ids.slice(start, start + BULK_BATCH));
    const clippings = [...found.values()].flatMap((row) => {
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

/** Removes the clippings `ids` from their parts (inside `tx`); returns the removed ones that are valid. */
async function deleteClippingsInTx(tx: LibraryTx, ids: readonly string[]): Promise<Clipping[]> {
  const store = tx.objectStore('clippingParts');
  const holders = await Promise.all(ids.map((id) => partOf(store, id)));
  const byPart = new Map<ClippingPart, Set<string>>();
  const deleted: Clipping[] = [];
  const seen = new Map<string, ClippingPart>();
  ids.forEach((id, i) => {
    const read = holders[i];
    if (!read) return;
    // One object per part, however many of the ids it holds.
    const key = JSON.stringify([read.pageKey, read.part]);
    const part = seen.get(key) ?? read;
    seen.set(key, part);
    const parsed = ClippingSchema.safeParse(clippingIn(part, id));
    // A record failing its schema could not be put back by undo: it is left alone.
    if (!parsed.success || byPart.get(part)?.has(id)) return;
    deleted.push(parsed.data);
    byPart.set(part, (byPart.get(part) ?? new Set()).add(id));
  });
  for (const [part, removed] of byPart) {
    const rest = withoutClippings(part, removed);
    if (rest) await store.put(rest);
    else await store.delete([part.pageKey, part.part]);
  }
  return deleted;
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
    const refs = docKeys.slice(start, start + BULK_BATCH).flatMap((k) => parseDocKey(k) ?? []);
    const clippings = await deleteClippingsInTx(
      tx,
      refs.flatMap((r) => (r.kind === 'clipping' ? [r.id] : [])),
    );
    const notes: Note[] = [];
    for (const ref of refs) {
      if (ref.kind !== 'note') continue;
      const parsed = NoteSchema.safeParse(await tx.objectStore('notes').get(ref.id));
      if (!parsed.success) continue;
      await tx.objectStore('notes').delete(ref.id);
      notes.push(parsed.data);
    }
    const byPage = new Map<string, string[]>();
    const unindex = (pageKey: string, key: string): void => {
      byPage.set(pageKey, [...(byPage.get(pageKey) ?? []), key]);
    };
    for (const c of clippings) unindex(c.pageKey, toDocKey('clipping', c.id));
    for (const n of notes) unindex(n.pageKey, toDocKey('note', n.id));
    for (const [pageKey, keys] of byPage)
      await unindexDocInTx(tx.objectStore('libraryIndex'), pageKey, keys, nowMs);
    await tx.done;
    deleted.clippings.push(...clippings);
    deleted.notes.push(...notes);
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
