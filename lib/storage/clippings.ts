/**
 * Clippings: highlighted passages with the reader's note and tags. Every write is validated and
 * strictly durable; reads drop records that fail their schema instead of crashing the page.
 */
import { ClippingSchema, type Clipping } from './records';
import type { Db } from './open';

/** Clippings of one article, in reading order when positions are known, else oldest first. */
export async function listClippings(db: Db, pageKey: string): Promise<Clipping[]> {
  const rows = await db.getAllFromIndex('clippings', 'by-page', pageKey);
  return rows
    .map((row) => ClippingSchema.safeParse(row))
    .flatMap((r) => (r.success ? [r.data] : []))
    .sort((a, b) => (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity) || a.createdAtMs - b.createdAtMs);
}

/** Stores a new clipping (or replaces one with the same id). */
export async function putClipping(db: Db, clipping: Clipping): Promise<Clipping> {
  const parsed = ClippingSchema.parse(clipping);
  const tx = db.transaction('clippings', 'readwrite', { durability: 'strict' });
  await tx.store.put(parsed);
  await tx.done;
  return parsed;
}

/** Edits a clipping's note, tags or anchor; returns null when it no longer exists. */
export async function updateClipping(
  db: Db,
  id: string,
  patch: Partial<Pick<Clipping, 'note' | 'tags' | 'quote' | 'position' | 'textHash'>>,
  nowMs: number,
): Promise<Clipping | null> {
  const tx = db.transaction('clippings', 'readwrite', { durability: 'strict' });
  const existing = await tx.store.get(id);
  if (!existing) {
    await tx.done;
    return null;
  }
  const next = ClippingSchema.parse({ ...existing, ...patch, updatedAtMs: nowMs });
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** Deletes a clipping and returns it, so the caller can offer undo. */
export async function deleteClipping(db: Db, id: string): Promise<Clipping | null> {
  const tx = db.transaction('clippings', 'readwrite', { durability: 'strict' });
  const existing = await tx.store.get(id);
  if (existing) await tx.store.delete(id);
  await tx.done;
  return existing ?? null;
}

/** Every tag in use (for autocomplete), most used first. Walks unique index keys only. */
export async function listTags(db: Db, limit = 200): Promise<string[]> {
  const index = db.transaction('clippings').store.index('by-tag');
  const counts: [string, number][] = [];
  let cursor = await index.openKeyCursor(null, 'nextunique');
  while (cursor && counts.length < 5_000) {
    counts.push([String(cursor.key), 0]);
    cursor = await cursor.continue();
  }
  for (const entry of counts) entry[1] = await index.count(entry[0]);
  return counts
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([t]) => t);
}
