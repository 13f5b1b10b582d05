/**
 * Clippings stored in parts by article (schema v4, lib/storage/clipping-parts.ts): where a clipping
 * goes, when a part is full, moves between articles, ids never stored twice, and the import's
 * writes that skip their reads for articles known to be new.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  groupIntoParts,
  makePart,
  placeClippings,
  PART_MAX_CHARS,
  PART_MAX_CLIPPINGS,
  type ClippingPart,
} from '../../../lib/storage/clipping-parts';
import {
  addClippingToPage,
  listClippings,
  putClipping,
  updateClipping,
} from '../../../lib/storage/clippings';
import { applyImportPlan, IMPORT_BATCH, sliceByArticle } from '../../../lib/storage/library-import';
import { prepareImport } from '../../../lib/storage/library-prepare-import';
import { LIBRARY_STORES, putLibraryRecordsInTx } from '../../../lib/storage/library-write';
import { openDb } from '../../../lib/storage/open';
import { openWriteTx, whenFinished } from '../../../lib/storage/write-tx';
import { makeClipping, makePage } from '../library/samples';
import { freshIndexedDb, storedClipping, storedClippings } from './helpers';

beforeEach(freshIndexedDb);
const A = 'https://news.example.com/a';
const B = 'https://news.example.com/b';
const on = (pageKey: string, i: number, extra: Parameters<typeof makeClipping>[1] = {}) =>
  makeClipping(i, { pageKey, pageUrl: pageKey, ...extra });
const none = new Map<string, ClippingPart | undefined>();

describe('placing clippings in parts', () => {
  it('fills an article part by part: no more than PART_MAX_CLIPPINGS, nor PART_MAX_CHARS of text', () => {
    const many = Array.from({ length: PART_MAX_CLIPPINGS + 3 }, (_, i) => on(A, i));
    const { puts, deletes } = placeClippings(many, none, none);
    expect(deletes).toEqual([]);
    expect(puts.map((p) => [p.part, p.clippings.length])).toEqual([
      [0, PART_MAX_CLIPPINGS],
      [1, 3],
    ]);
    expect(puts[0]!.ids).toEqual(many.slice(0, PART_MAX_CLIPPINGS).map((c) => c.id));

    const long = Array.from({ length: 3 }, (_, i) => on(A, i, { note: 'x'.repeat(PART_MAX_CHARS / 2) }));
    expect(placeClippings(long, none, none).puts.map((p) => p.clippings.length)).toEqual([1, 1, 1]);
    // A clipping longer than a part allows still gets one of its own.
    const huge = [on(A, 0, { note: 'x'.repeat(PART_MAX_CHARS * 2) })];
    expect(placeClippings(huge, none, none).puts).toHaveLength(1);
  });

  it('joins the last stored part while it has room, and lists ids and tags once each', () => {
    const last = makePart(A, 3, [on(A, 1, { tags: ['iran'] })]);
    const { puts } = placeClippings([on(A, 2, { tags: ['iran', 'vote'] })], none, new Map([[A, last]]));
    expect(puts).toEqual([makePart(A, 3, [last.clippings[0]!, on(A, 2, { tags: ['iran', 'vote'] })])]);
    expect(puts[0]!.tags).toEqual(['iran', 'vote']);
  });

  it('replaces a stored clipping where it is, and moves one whose article changed', () => {
    const held = makePart(A, 0, [on(A, 1), on(A, 2)]);
    const holders = new Map([['clip-1', held]]);
    const edited = on(A, 1, { note: 'edited' });
    expect(placeClippings([edited], holders, none).puts).toEqual([makePart(A, 0, [edited, on(A, 2)])]);

    const moved = on(B, 2);
    const out = placeClippings([moved], new Map([['clip-2', held]]), new Map([[B, undefined]]));
    // The part losing the clipping is written first: `by-id` must never see the id twice.
    expect(out.puts).toEqual([makePart(A, 0, [on(A, 1)]), makePart(B, 0, [moved])]);
    const alone = makePart(A, 0, [on(A, 2)]);
    expect(placeClippings([moved], new Map([['clip-2', alone]]), none)).toEqual({
      deletes: [[A, 0]],
      puts: [makePart(B, 0, [moved])],
    });
  });

  it('in "add" mode refuses an id already stored, even in the part it would join', () => {
    const last = makePart(A, 0, [on(A, 1)]);
    expect(() => placeClippings([on(A, 1)], none, new Map([[A, last]]), 'add')).toThrow(
      expect.objectContaining({ name: 'ConstraintError' }) as Error,
    );
    expect(placeClippings([on(A, 2), on(A, 2)], none, none, 'add').puts[0]!.clippings).toHaveLength(1);
  });

  it('groups an older store into parts, keeping damaged records', () => {
    const damaged = { id: 'damaged', note: null };
    const parts = groupIntoParts([on(A, 1), damaged, on(B, 2), on(A, 3)]);
    expect(parts.map((p) => [p.pageKey, p.part, p.ids])).toEqual([
      [A, 0, ['clip-1', 'clip-3']],
      ['', 0, ['damaged']],
      [B, 0, ['clip-2']],
    ]);
  });

  it('slices an import article by article, splitting only articles larger than a slice', () => {
    const list = [on(A, 0), on(B, 1), on(A, 2), ...Array.from({ length: 5 }, (_, i) => on(B, 10 + i))];
    expect(sliceByArticle(list, 3).map((s) => s.map((c) => c.id))).toEqual([
      ['clip-0', 'clip-2'],
      ['clip-1', 'clip-10', 'clip-11'],
      ['clip-12', 'clip-13', 'clip-14'],
    ]);
  });
});

describe('clippings in the database', () => {
  it('an article of 120 clippings: saved one by one, then edited, in three parts', async () => {
    const db = await openDb();
    await db.put('pages', makePage(A));
    for (let i = 0; i < 120; i++) {
      const saved = await addClippingToPage(
        db,
        {
          id: `c${i}`,
          pageUrl: A,
          quote: { exact: `quote ${i}`, prefix: '', suffix: '' },
          position: null,
          note: '',
          tags: [],
        },
        i,
      );
      expect(saved?.id).toBe(`c${i}`);
    }
    expect((await db.getAll('clippingParts')).map((p) => p.clippings.length)).toEqual([50, 50, 20]);
    await updateClipping(db, 'c7', { note: 'seven' }, 200);
    expect((await storedClipping(db, 'c7'))!.note).toBe('seven');
    expect(await listClippings(db, A)).toHaveLength(120);
    await expect(
      addClippingToPage(
        db,
        {
          id: 'c3',
          pageUrl: A,
          quote: { exact: 'again', prefix: '', suffix: '' },
          position: null,
          note: '',
          tags: [],
        },
        300,
      ),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await storedClippings(db)).toHaveLength(120);
    db.close();
  });

  it('never stores one id in two parts', async () => {
    const db = await openDb();
    await putClipping(db, on(A, 1));
    const tx = db.transaction('clippingParts', 'readwrite');
    await expect(tx.store.put(makePart(B, 0, [on(B, 1)]))).rejects.toMatchObject({ name: 'ConstraintError' });
    await tx.done.catch(() => undefined);
    await putClipping(db, on(B, 1)); // moved through lib/storage: fine
    expect((await db.getAll('clippingParts')).map((p) => [p.pageKey, p.ids])).toEqual([[B, ['clip-1']]]);
    db.close();
  });
});

describe('import batches for articles known to be new', () => {
  it('adds their entry and parts unread; one that appeared meanwhile fails the batch, writing nothing', async () => {
    const db = await openDb();
    const records = { pages: [], publishers: [], notes: [], clippings: [on(A, 1), on(B, 2)] };
    await putClipping(db, on(A, 9)); // A has an entry and a part now
    const tx = openWriteTx(db, LIBRARY_STORES);
    const finished = whenFinished(tx);
    await putLibraryRecordsInTx(tx, records, 5, { mode: 'add', fresh: new Set([A, B]), commit: true });
    expect((await finished)?.name).toBe('ConstraintError');
    expect((await storedClippings(db)).map((c) => c.id)).toEqual(['clip-9']);
    db.close();
  });

  it('an import of two batches per article, into a profile that saved one since the dry run, loses nothing', async () => {
    const source = await openDb({ name: 'source' });
    const many = Array.from({ length: IMPORT_BATCH + 10 }, (_, i) => on(i % 2 ? A : B, i));
    for (const c of many) await putClipping(source, c, 5);
    const { createExportSource } = await import('../../../lib/storage/library-export');
    const { runExport } = await import('../../../lib/library/export/run-export');
    const text = (await runExport(createExportSource(source, null), 'backup', 6)).parts.join('');
    const target = await openDb({ name: 'target' });
    const prepared = await prepareImport(target, text, 7);
    if (!prepared.ok) throw new Error(prepared.reason);
    const local = on(B, 100_000, { note: 'saved after the dry run' });
    await putClipping(target, local, 8);
    await applyImportPlan(target, prepared.plan, 9);
    expect(await storedClippings(target)).toEqual([...many, local].sort((a, b) => (a.id < b.id ? -1 : 1)));
    const docs = (await target.getAll('libraryIndex')).flatMap((e) => e.docs.map((d) => d.key));
    expect(docs).toHaveLength(many.length + 1);
    source.close();
    target.close();
  });
});
