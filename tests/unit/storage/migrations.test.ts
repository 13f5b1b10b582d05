/**
 * Migration harness: for every shipped version N, open the database at N, fill it with records,
 * upgrade to the latest version and check nothing was lost. New versions add themselves here by
 * adding a seed for their stores.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/storage/open';
import { DB_VERSION } from '../../../lib/storage/schema';
import { freshIndexedDb, storedClipping, storedClippings } from './helpers';
import { sampleNote, samplePage } from './samples';
import { makeClipping } from '../library/samples';
import { deleteClipping, listClippings, listTags, updateClipping } from '../../../lib/storage/clippings';
import { articleRange, PART_MAX_CLIPPINGS } from '../../../lib/storage/clipping-parts';
import { countClippings } from '../../../lib/storage/library-read';

beforeEach(freshIndexedDb);

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const versions = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

describe('schema migrations', () => {
  it.each(versions)(
    'data written at version %i is all there after upgrading to the latest',
    async (version) => {
      const old = await openDb({ name: 'migrate', version });
      const notes = Array.from({ length: 200 }, (_, i) => sampleNote(i));
      const page = samplePage('https://example.com/a');
      const tx = old.transaction(['notes', 'pages'], 'readwrite');
      for (const note of notes) await tx.objectStore('notes').put(note);
      await tx.objectStore('pages').put(page);
      await tx.done;
      old.close();

      const db = await openDb({ name: 'migrate' });
      expect(db.version).toBe(DB_VERSION);
      expect(await db.count('notes')).toBe(notes.length);
      expect(await db.get('notes', notes[7]!.id)).toEqual(notes[7]);
      expect(await db.getFromIndex('pages', 'by-url', 'https://example.com/a')).toEqual(page);
      db.close();
    },
  );

  it('v3 drops the unread clipping indexes, keeping every clipping, its lookups and its index doc', async () => {
    const old = await openDb({ name: 'v2', version: 2 });
    const clippings = Array.from({ length: 30 }, (_, i) => makeClipping(i));
    const tx = old.transaction('clippings', 'readwrite');
    for (const clipping of clippings) await tx.store.put(clipping);
    await tx.done;
    expect([...old.transaction('clippings').store.indexNames]).toHaveLength(4);
    old.close();
    const v3 = await openDb({ name: 'v2', version: 3 });
    expect([...v3.transaction('clippings').store.indexNames].sort()).toEqual(['by-page', 'by-tag']);
    expect(await v3.getAll('clippings')).toEqual([...clippings].sort(byId));
    v3.close();
  });

  it('v4 moves every clipping into parts by article, damaged ones too: lookups, tags, edits', async () => {
    const old = await openDb({ name: 'v3', version: 3 });
    // 70 clippings on story-0 (more than a part holds), 10 each on two others, and a damaged one.
    const clippings = [
      ...Array.from({ length: 70 }, (_, i) => makeClipping(i * 3)),
      ...Array.from({ length: 20 }, (_, i) => makeClipping(i * 3 + 1 + (i % 2))),
    ];
    const damaged = { id: 'damaged', note: null } as never;
    const tx = old.transaction(['clippings', 'notes'], 'readwrite');
    for (const clipping of clippings) await tx.objectStore('clippings').put(clipping);
    await tx.objectStore('clippings').put(damaged);
    await tx.objectStore('notes').put(sampleNote(1));
    await tx.done;
    old.close();

    const db = await openDb({ name: 'v3' });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).not.toContain('clippings');
    expect([...db.transaction('clippingParts').store.indexNames].sort()).toEqual([
      'by-id',
      'by-size',
      'by-tag',
    ]);
    expect(await storedClippings(db)).toEqual([...clippings, damaged].sort(byId));
    const story0 = await db.getAll('clippingParts', articleRange('https://news.example.com/story-0'));
    expect(story0.map((p) => [p.part, p.clippings.length])).toEqual([
      [0, PART_MAX_CLIPPINGS],
      [1, 70 - PART_MAX_CLIPPINGS],
    ]);
    expect(await listClippings(db, 'https://news.example.com/story-0')).toHaveLength(70);
    expect(await storedClipping(db, 'clip-31')).toEqual(makeClipping(31));
    expect(await storedClipping(db, 'damaged')).toEqual(damaged);
    expect(await countClippings(db)).toBe(91);
    expect((await listTags(db)).sort()).toEqual([...new Set(clippings.flatMap((c) => c.tags))].sort());
    expect(await updateClipping(db, 'clip-31', { note: 'after the move' }, 9)).toMatchObject({
      note: 'after the move',
    });
    expect((await storedClipping(db, 'clip-31'))!.note).toBe('after the move');
    expect(await deleteClipping(db, 'clip-0', 10)).toEqual(makeClipping(0));
    expect(await storedClippings(db)).toHaveLength(90);
    db.close();
  });

  it('v4 from v1: the v2 index and the v4 parts both see every clipping', async () => {
    const old = await openDb({ name: 'v1', version: 1 });
    const clippings = Array.from({ length: 30 }, (_, i) => makeClipping(i));
    const tx = old.transaction('clippings', 'readwrite');
    for (const clipping of clippings) await tx.store.put(clipping);
    await tx.done;
    old.close();
    const db = await openDb({ name: 'v1' });
    expect(await storedClippings(db)).toEqual([...clippings].sort(byId));
    const docs = (await db.getAll('libraryIndex')).flatMap((e) => e.docs.map((d) => d.key));
    expect(docs.sort()).toEqual(clippings.map((c) => `c:${c.id}`).sort());
    db.close();
  });

  it('an old connection steps aside when a newer version opens', async () => {
    let told = false;
    const old = await openDb({ name: 'vc', version: 1, onVersionChange: () => (told = true) });
    const next = await import('idb').then(({ openDB }) => openDB('vc', DB_VERSION + 1));
    expect(told).toBe(true);
    expect(next.version).toBe(DB_VERSION + 1);
    next.close();
    void old;
  });
});
