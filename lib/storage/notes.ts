/**
 * Page notes: the reader's own words about a page, kept by page key.
 */
import { NoteSchema, type Note } from './records';
import type { Db } from './open';

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
  const tx = db.transaction('notes', 'readwrite', { durability: 'strict' });
  const existing = input.id ? await tx.store.get(input.id) : undefined;
  if (input.id && !existing) throw new Error('That note no longer exists.');
  const note = NoteSchema.parse({
    id: existing?.id ?? newId(),
    pageKey: existing?.pageKey ?? input.pageKey,
    text: input.text,
    createdAtMs: existing?.createdAtMs ?? nowMs,
    updatedAtMs: nowMs,
  });
  await tx.store.put(note);
  await tx.done;
  return note;
}

/** Deletes a note and returns it (so the caller can offer undo). */
export async function deleteNote(db: Db, id: string): Promise<Note | null> {
  const tx = db.transaction('notes', 'readwrite', { durability: 'strict' });
  const existing = await tx.store.get(id);
  if (existing) await tx.store.delete(id);
  await tx.done;
  return existing ?? null;
}

/** Puts a deleted note back exactly as it was (undo). */
export async function restoreNote(db: Db, note: Note): Promise<Note> {
  const parsed = NoteSchema.parse(note);
  await db.put('notes', parsed);
  return parsed;
}
