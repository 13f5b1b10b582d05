import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import type { SourceContextDb } from '../../../lib/storage/schema';
import type { Clipping } from '../../../lib/storage/records';
import { getClipping } from '../../../lib/storage/clipping-parts';

/** A fresh, empty IndexedDB for one test. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every stored clipping as stored, in id order: what `getAll` on the one-record-per-clipping store
 * of v1-v3 gave, read from the parts of v4 (lib/storage/clipping-parts.ts).
 */
export async function storedClippings(db: IDBPDatabase<SourceContextDb>): Promise<Clipping[]> {
  return (await db.getAll('clippingParts')).flatMap((p) => p.clippings).sort(byId);
}

/** The stored clipping `id`, as stored, or undefined. */
export function storedClipping(db: IDBPDatabase<SourceContextDb>, id: string): Promise<Clipping | undefined> {
  return getClipping(db.transaction('clippingParts').store, id);
}
