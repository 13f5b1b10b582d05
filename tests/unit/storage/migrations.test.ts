/**
 * Migration harness: for every shipped version N, open the database at N, fill it with records,
 * upgrade to the latest version and check nothing was lost. New versions add themselves here by
 * adding a seed for their stores.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/storage/open';
import { DB_VERSION } from '../../../lib/storage/schema';
import { freshIndexedDb } from './helpers';
import { sampleNote, samplePage } from './samples';
import { makeClipping } from '../library/samples';
import { putClipping } from '../../../lib/storage/clippings';

beforeEach(freshIndexedDb);

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
    for (const clipping of clippings) await putClipping(old, clipping, 5);
    expect([...old.transaction('clippings').store.indexNames]).toHaveLength(4);
    old.close();

    const db = await openDb({ name: 'v2' });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('clippings').store.indexNames].sort()).toEqual(['by-page', 'by-tag']);
    const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);
    expect(await db.getAll('clippings')).toEqual([...clippings].sort(byId));
    const story0 = clippings.filter((c) => c.pageKey === 'https://news.example.com/story-0');
    expect((await db.getAllFromIndex('clippings', 'by-page', story0[0]!.pageKey)).sort(byId)).toEqual(
      story0.sort(byId),
    );
    expect(await db.countFromIndex('clippings', 'by-tag', 'iran')).toBe(20);
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
