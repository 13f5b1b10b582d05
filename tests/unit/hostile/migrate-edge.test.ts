/**
 * Issue 11, test 9 (first half): upgrading from every shipped schema version (MIGRATIONS in
 * lib/storage/schema.ts) with 10,000 edge-case records in pages, notes, clippings and publishers,
 * plus a few records an older or damaged version left behind that fail today's schemas. Nothing
 * is lost or changed, and the library index (v2) covers every valid note and clipping.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../lib/storage/open';
import { ClippingSchema, NoteSchema, PageRecordSchema } from '../../../lib/storage/records';
import { PublisherProfileSchema } from '../../../lib/publishers/profile';
import { DB_VERSION } from '../../../lib/storage/schema';
import { freshIndexedDb, storedClippings } from '../storage/helpers';
import { groupIntoParts } from '../../../lib/storage/clipping-parts';
import { edgeRecords } from './edge-records';

export const STORES = ['pages', 'notes', 'clippings', 'publishers'] as const;
const PER_STORE = 2_500;
const SCHEMAS = {
  pages: PageRecordSchema,
  notes: NoteSchema,
  clippings: ClippingSchema,
  publishers: PublisherProfileSchema,
};

/** Records that fail today's schemas (an older version's shape, a damaged write): kept as they are. */
const DAMAGED = {
  notes: [{ id: 'damaged-note', pageKey: 'https://example.com/d', text: 42 }],
  clippings: [{ id: 'damaged-clipping', pageKey: 'https://example.com/d', note: null }],
};

/** Clippings as stored, in id order: the v1-v3 store, or the v4 parts. */
async function clippingsOf(db: Db): Promise<unknown[]> {
  return db.objectStoreNames.contains('clippings') ? db.getAll('clippings') : storedClippings(db);
}

async function dump(db: Db): Promise<string> {
  const out: unknown[] = [];
  for (const store of STORES) {
    if (store !== 'clippings') out.push(await db.getAllKeys(store), await db.getAll(store));
    else out.push(...(await clippingsOf(db).then((all) => [all.map((c) => (c as { id: string }).id), all])));
  }
  return JSON.stringify(out);
}

/** Writes clippings the way version `version` stores them. */
function putClippingsAt(db: Db, version: number, clippings: unknown[]): Promise<void> {
  const tx = db.transaction(version >= 4 ? 'clippingParts' : 'clippings', 'readwrite');
  if (version >= 4)
    for (const part of groupIntoParts(clippings)) void tx.objectStore('clippingParts').put(part);
  else for (const clipping of clippings) void tx.objectStore('clippings').put(clipping as never);
  return tx.done;
}

beforeEach(freshIndexedDb);

describe('migrating 10,000 edge-case records', () => {
  const versions = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

  it('every generated record is valid under its schema (so "valid after" means something)', () => {
    const records = edgeRecords(PER_STORE);
    for (const store of STORES)
      for (const record of records[store]) expect(SCHEMAS[store].safeParse(record).success).toBe(true);
  });

  it.each(versions)('from version %i to the latest: 0 records lost or changed', async (version) => {
    const records = edgeRecords(PER_STORE);
    const old = await openDb({ name: 'edge', version });
    const tx = old.transaction(['pages', 'notes', 'publishers'], 'readwrite');
    for (const store of ['pages', 'notes', 'publishers'] as const)
      for (const record of records[store]) void tx.objectStore(store).put(record as never);
    for (const note of DAMAGED.notes) void tx.objectStore('notes').put(note as never);
    await tx.done;
    await putClippingsAt(old, version, [...records.clippings, ...DAMAGED.clippings]);
    const before = await dump(old);
    old.close();

    const db = await openDb({ name: 'edge' });
    expect(db.version).toBe(DB_VERSION);
    expect(await dump(db)).toBe(before);
    expect(await db.count('notes')).toBe(PER_STORE + DAMAGED.notes.length);
    if (version < 2 && DB_VERSION >= 2) {
      // v2 built the index from what v1 held (records written at v2 come with their index entries).
      const indexed = new Set(await db.getAllKeys('libraryIndex'));
      for (const r of [...records.notes, ...records.clippings]) expect(indexed.has(r.pageKey)).toBe(true);
    }
    db.close();
  });
});
