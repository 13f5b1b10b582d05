/**
 * Page notes: the reader's own words about a page, kept by page key. Every write updates the
 * library's search index in the same transaction.
 */
import { NoteSchema, type Note } from './records';
import type { Db } from './open';
import { toDocKey } from '../library/index-entry';
import { NOTE_STORES, indexNoteInTx, unindexDocInTx } from './library-index';
import { openWriteTx } from './write-tx';

function openNoteTx(db: Db) {
  const tx = openWriteTx(db, NOTE_STORES);
  const stores = { index: tx.objectStore('libraryIndex'), pages: tx.objectStore('pages') };
  return { tx, store: tx.objectStore('notes'), stores };
}

/** Notes of one page, newest first. */
export async function listNotes(db: Db, pageKey: string): Promise<Note[]> {
  const rows = await db.getAllFromIndex('notes', 'by-page', pageKey);
  return rows
    .map((row) => NoteSchema.safeParse(row))
    .flatMap((r) => (r.success ? [r.data] : []))
    .sort((a, b) => b.createdAtMs - a.createdAtMs);
}

/** Creates a note, or edits the note with `id`. */
export async function saveNote(
  db: Db,
  input: { pageKey: string; text: string; id?: string },
  nowMs: number,
  newId: () => string,
): Promise<Note> {
  const { tx, store, stores } = openNoteTx(db);
  const existing = input.id ? await store.get(input.id) : undefined;
  if (input.id && !existing) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('That note no longer exists.');
  }
  const note = NoteSchema.parse({
    id: existing?.id ?? newId(),
    pageKey: existing?.pageKey ?? input.pageKey,
    text: input.text,
    createdAtMs: existing?.createdAtMs ?? nowMs,
    updatedAtMs: nowMs,
  });
  await store.put(note);
  await indexNoteInTx(stores, note, nowMs);
  await tx.done;
  return note;
}

/** Deletes a note and returns it (so the caller can offer undo). */
export async function deleteNote(db: Db, id: string, nowMs = Date.now()): Promise<Note | null> {
  const { tx, store, stores } = openNoteTx(db);
  const existing = await store.get(id);
  if (existing) {
    await store.delete(id);
    await unindexDocInTx(stores.index, existing.pageKey, toDocKey('note', id), nowMs);
  }
  await tx.done;
  return existing ?? null;
}

/** Puts a deleted note back exactly as it was (undo). */
export async function restoreNote(db: Db, note: Note, nowMs = Date.now()): Promise<Note> {
  const parsed = NoteSchema.parse(note);
  const { tx, store, stores } = openNoteTx(db);
  await store.put(parsed);
  await indexNoteInTx(stores, parsed, nowMs);
  await tx.done;
  return parsed;
}
