/**
 * Every clipping and note write keeps the library's search index in step, in the same
 * transaction; and a v1 database upgrades to the index version with every record indexed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../lib/storage/open';
import { DB_VERSION } from '../../../lib/storage/schema';
import { deleteClipping, listClippings, putClipping, updateClipping } from '../../../lib/storage/clippings';
import { deleteNote, restoreNote, saveNote } from '../../../lib/storage/notes';
import { refreshLibraryPage } from '../../../lib/storage/library-index';
import { streamIndexEntries } from '../../../lib/storage/library-read';
import type { LibraryPageEntry } from '../../../lib/library/index-entry';
import { applyImportPlan } from '../../../lib/storage/library-import';
import { createExportSource } from '../../../lib/storage/library-export';
import { prepareImport } from '../../../lib/storage/library-prepare-import';
import { runExport } from '../../../lib/library/export/run-export';
import { freshIndexedDb, storedClipping, storedClippings } from './helpers';
import { makeClipping, makeNote, makePage } from '../library/samples';

beforeEach(freshIndexedDb);

async function entries(db: Db): Promise<Map<string, LibraryPageEntry>> {
  const out = new Map<string, LibraryPageEntry>();
  await streamIndexEntries(db, null, (batch) => batch.forEach((e) => out.set(e.pageKey, e)));
  return out;
}

describe('search index kept on writes', () => {
  it('indexes put, update and delete of clippings with the article organizations', async () => {
    const db = await openDb({ name: 'idx' });
    const page = makePage('https://news.example.com/story-0', [{ name: 'Senate', aliases: ['US Senate'] }]);
    await db.put('pages', page);
    const clip = makeClipping(0);
    await putClipping(db, clip);
    let entry = (await entries(db)).get(page.pageKey)!;
    expect(entry.organizations).toEqual(['Senate']);
    expect(entry.hasPageRecord).toBe(true);
    expect(entry.docs.map((d) => d.key)).toEqual(['c:clip-0']);
    expect(entry.docs[0]!.tokens.split(' ')).toContain('sanctions');

    await updateClipping(db, clip.id, { note: 'Check the vote count', tags: ['votes'] }, 5);
    entry = (await entries(db)).get(page.pageKey)!;
    expect(entry.docs[0]!.tokens.split(' ')).toEqual(expect.arrayContaining(['check', 'votes']));
    expect(entry.docs[0]!.hasNote).toBe(true);

    const removed = await deleteClipping(db, clip.id);
    expect((await entries(db)).get(page.pageKey)!.docs).toEqual([]);
    await putClipping(db, removed!);
    expect((await entries(db)).get(page.pageKey)!.docs).toHaveLength(1);
    expect(await listClippings(db, page.pageKey)).toHaveLength(1);
    db.close();
  });

  it('moves a clipping between articles when its page key changes', async () => {
    const db = await openDb({ name: 'move' });
    await putClipping(db, makeClipping(0));
    await putClipping(
      db,
      makeClipping(0, { pageKey: 'https://other.example/x', pageUrl: 'https://other.example/x' }),
    );
    const all = await entries(db);
    expect(all.get('https://news.example.com/story-0')!.docs).toEqual([]);
    expect(all.get('https://other.example/x')!.docs.map((d) => d.key)).toEqual(['c:clip-0']);
    db.close();
  });

  it('an import that moves a clipping and a note to another article leaves neither behind', async () => {
    const STORY = 'https://news.example.com/story-0';
    const OTHER = 'https://other.example/x';
    const target = await openDb({ name: 'move-target' });
    await putClipping(target, makeClipping(0), 5);
    await restoreNote(target, makeNote(0, STORY), 5);
    // A backup made elsewhere: the same clipping and note, edited later, on another article.
    const source = await openDb({ name: 'move-source' });
    const later = 1_800_000_000_000;
    await putClipping(source, makeClipping(0, { pageKey: OTHER, pageUrl: OTHER, updatedAtMs: later }), 6);
    await restoreNote(source, { ...makeNote(0, OTHER), updatedAtMs: later }, 6);
    const text = (await runExport(createExportSource(source, null), 'backup', 7)).parts.join('');
    const prepared = await prepareImport(target, text, 8);
    if (!prepared.ok) throw new Error(prepared.reason);
    await applyImportPlan(target, prepared.plan, 9);

    const all = await entries(target);
    expect(all.get(STORY)!.docs).toEqual([]);
    expect(
      all
        .get(OTHER)!
        .docs.map((d) => d.key)
        .sort(),
    ).toEqual(['c:clip-0', 'n:note-0']);
    expect((await storedClippings(target)).map((c) => c.pageKey)).toEqual([OTHER]);
    expect((await target.get('notes', 'note-0'))?.pageKey).toBe(OTHER);
    source.close();
    target.close();
  });

  it('indexes notes on save, edit, delete and restore', async () => {
    const db = await openDb({ name: 'notes' });
    let n = 0;
    const note = await saveNote(
      db,
      { pageKey: 'https://news.example.com/a', text: 'Who owns this outlet?' },
      10,
      () => `n${n++}`,
    );
    await saveNote(
      db,
      { pageKey: note.pageKey, text: 'Owned by a foundation', id: note.id },
      11,
      () => 'unused',
    );
    let entry = (await entries(db)).get(note.pageKey)!;
    expect(entry.docs).toHaveLength(1);
    expect(entry.docs[0]!.tokens).toContain('foundation');
    expect(entry.docs[0]!.tokens).not.toContain('outlet');
    const deleted = await deleteNote(db, note.id);
    expect((await entries(db)).get(note.pageKey)!.docs).toHaveLength(0);
    await restoreNote(db, deleted!);
    entry = (await entries(db)).get(note.pageKey)!;
    expect(entry.docs.map((d) => d.key)).toEqual(['n:n0']);
    await expect(
      saveNote(db, { pageKey: note.pageKey, text: 'x', id: 'gone' }, 12, () => 'y'),
    ).rejects.toThrow('no longer exists');
    db.close();
  });

  it('refreshes an article entry after its page record changes', async () => {
    const db = await openDb({ name: 'refresh' });
    await putClipping(db, makeClipping(0));
    expect((await entries(db)).get('https://news.example.com/story-0')!.organizations).toEqual([]);
    await db.put(
      'pages',
      makePage('https://news.example.com/story-0', [{ name: 'Amnesty International', aliases: [] }]),
    );
    expect(await refreshLibraryPage(db, 'https://news.example.com/story-0', 99)).toBe(true);
    const entry = (await entries(db)).get('https://news.example.com/story-0')!;
    expect(entry.organizations).toEqual(['Amnesty International']);
    expect(entry.pageTokens).toContain('amnesty');
    db.close();
  });
});

describe('migration to the library index (v2)', () => {
  it('indexes every clipping and note a v1 database holds, losing nothing', async () => {
    const old = await openDb({ name: 'v1', version: 1 });
    const clippings = Array.from({ length: 30 }, (_, i) => makeClipping(i));
    const notes = Array.from({ length: 5 }, (_, i) => makeNote(i));
    const tx = old.transaction(['clippings', 'notes', 'pages'], 'readwrite');
    for (const c of clippings) await tx.objectStore('clippings').put(c);
    for (const n of notes) await tx.objectStore('notes').put(n);
    await tx.objectStore('clippings').put({ id: 'broken' } as never);
    await tx
      .objectStore('pages')
      .put(makePage('https://news.example.com/story-1', [{ name: 'Senate', aliases: [] }]));
    await tx.done;
    old.close();

    const db = await openDb({ name: 'v1' });
    expect(db.version).toBe(DB_VERSION);
    expect(await storedClippings(db)).toHaveLength(31);
    expect(await storedClipping(db, 'clip-7')).toEqual(clippings[7]);
    const all = await entries(db);
    expect([...all.values()].reduce((n, e) => n + e.docs.length, 0)).toBe(35);
    expect(all.get('https://news.example.com/story-1')!.organizations).toEqual(['Senate']);
    expect(
      all.get('https://news.example.com/story-0')!.docs.filter((d) => d.key.startsWith('n:')),
    ).toHaveLength(5);
    db.close();
  });
});
