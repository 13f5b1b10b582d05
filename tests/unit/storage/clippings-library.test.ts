/**
 * The library's storage journeys: backup -> import into an empty profile -> identical data;
 * re-running an import adds nothing; older copies never overwrite newer ones; W3C round trip;
 * bulk tag, delete and undo; a full disk stops an import with nothing of the batch written.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../lib/storage/open';
import { putClipping } from '../../../lib/storage/clippings';
import { saveNote } from '../../../lib/storage/notes';
import { createExportSource } from '../../../lib/storage/library-export';
import { applyImportPlan, StorageFullError } from '../../../lib/storage/library-import';
import { prepareImport } from '../../../lib/storage/library-prepare-import';
import { deleteDocs, restoreRecords, tagDocs } from '../../../lib/storage/library-bulk';
import { streamIndexEntries } from '../../../lib/storage/library-read';
import { runExport, type ExportFormat } from '../../../lib/library/export/run-export';
import { createProfile } from '../../../lib/publishers/profile';
import { freshIndexedDb, storedClipping, storedClippings } from './helpers';
import { makeClipping, makePage } from '../library/samples';

beforeEach(freshIndexedDb);
const NOW = 1_800_000_000_000;
const STORES = ['pages', 'publishers', 'notes'] as const;

async function seed(db: Db, clippings = 40): Promise<void> {
  await db.put(
    'pages',
    makePage('https://news.example.com/story-0', [{ name: 'Senate', aliases: ['US Senate'] }]),
  );
  await db.put('publishers', createProfile('example.com', 5));
  for (let i = 0; i < clippings; i++) await putClipping(db, makeClipping(i), NOW);
  let n = 0;
  await saveNote(
    db,
    { pageKey: 'https://news.example.com/story-0', text: 'Who funds this?' },
    7,
    () => `n-${n++}`,
  );
}

async function dump(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const s of STORES) out[s] = await db.getAll(s);
  out.clippings = await storedClippings(db);
  return out;
}

async function exportText(db: Db, format: ExportFormat, keys: string[] | null = null): Promise<string> {
  const result = await runExport(createExportSource(db, keys), format, NOW);
  return result.parts.join('');
}

async function importText(db: Db, text: string) {
  const prepared = await prepareImport(db, text, NOW);
  if (!prepared.ok) throw new Error(prepared.reason);
  await applyImportPlan(db, prepared.plan, NOW);
  return prepared.summary;
}

describe('backup and restore', () => {
  it('restores a backup into an empty profile identically, and re-running adds nothing', async () => {
    const source = await openDb({ name: 'source' });
    await seed(source);
    const text = await exportText(source, 'backup');
    const target = await openDb({ name: 'target' });
    const summary = await importText(target, text);
    expect(summary.tallies.clippings.add).toBe(40);
    expect(summary.rejectedCount).toBe(0);
    expect(await dump(target)).toEqual(await dump(source));
    let docs = 0;
    await streamIndexEntries(target, null, (batch) => batch.forEach((e) => (docs += e.docs.length)));
    expect(docs).toBe(41);

    const again = await importText(target, text);
    expect(again.toWrite).toBe(0);
    expect(again.tallies.clippings.duplicate).toBe(40);
    expect(await storedClippings(target)).toHaveLength(40);
    source.close();
    target.close();
  });

  it('finishes an interrupted import without duplicates, and keeps newer local edits', async () => {
    const source = await openDb({ name: 's2' });
    await seed(source, 30);
    const text = await exportText(source, 'backup');
    const target = await openDb({ name: 't2' });
    const partial = JSON.parse(text) as { clippings: { id: string; note: string; updatedAtMs: number }[] };
    partial.clippings = partial.clippings.slice(0, 12);
    partial.clippings[0]!.note = 'edited later in this profile';
    partial.clippings[0]!.updatedAtMs = NOW + 1;
    await importText(target, JSON.stringify(partial));
    const summary = await importText(target, text);
    expect(summary.tallies.clippings).toEqual({ add: 18, update: 0, duplicate: 11, kept: 1 });
    expect(await storedClippings(target)).toHaveLength(30);
    expect((await storedClipping(target, partial.clippings[0]!.id))!.note).toBe(
      'edited later in this profile',
    );
    source.close();
    target.close();
  });

  it('stops on a full disk with nothing of the failing batch written', async () => {
    const source = await openDb({ name: 's3' });
    await seed(source, 10);
    const text = await exportText(source, 'backup');
    const target = await openDb({ name: 't3' });
    const prepared = await prepareImport(target, text, NOW);
    if (!prepared.ok) throw new Error(prepared.reason);
    const proto = globalThis.IDBObjectStore.prototype as unknown as { put: (...a: unknown[]) => unknown };
    const put = proto.put;
    proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'clippingParts') throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(applyImportPlan(target, prepared.plan, NOW)).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      proto.put = put;
    }
    expect(await storedClippings(target)).toHaveLength(0);
    expect(await target.count('pages')).toBe(1);
    await importText(target, text);
    expect(await dump(target)).toEqual(await dump(source));
    source.close();
    target.close();
  });
});

describe('imports meeting records saved meanwhile', () => {
  it('never overwrites a newer record saved between the dry run and the import', async () => {
    const source = await openDb({ name: 's4' });
    await seed(source, 10);
    const text = await exportText(source, 'backup');
    const target = await openDb({ name: 't4' });
    const prepared = await prepareImport(target, text, NOW);
    if (!prepared.ok) throw new Error(prepared.reason);
    // Saved in another tab after the dry run: a newer copy of a clipping the file also holds.
    const local = { ...makeClipping(3), note: 'edited meanwhile elsewhere', updatedAtMs: NOW + 5 };
    await putClipping(target, local, NOW);
    await applyImportPlan(target, prepared.plan, NOW);
    expect(await storedClipping(target, local.id)).toEqual(local);
    const { clippings, notes } = await dump(source);
    expect(await storedClippings(target)).toEqual(
      (clippings as { id: string }[]).map((c) => (c.id === local.id ? local : c)),
    );
    expect(await target.getAll('notes')).toEqual(notes);
    const docs = (await target.getAll('libraryIndex')).flatMap((e) => e.docs);
    expect(docs.map((d) => d.key).sort()).toEqual(
      [...Array.from({ length: 10 }, (_, i) => `c:clip-${i}`), 'n:n-0'].sort(),
    );
    expect(docs.find((d) => d.key === `c:${local.id}`)!.tokens.split(' ')).toContain('meanwhile');
    source.close();
    target.close();
  });

  it('gives clippings saved before their article the article fields when it is imported', async () => {
    const target = await openDb({ name: 't5' });
    const pageKey = 'https://news.example.com/story-0';
    await putClipping(target, makeClipping(0), NOW);
    expect((await target.get('libraryIndex', pageKey))!.hasPageRecord).toBe(false);
    const source = await openDb({ name: 's5' });
    await source.put('pages', makePage(pageKey, [{ name: 'Senate', aliases: ['US Senate'] }]));
    await importText(target, await exportText(source, 'backup'));
    const entry = (await target.get('libraryIndex', pageKey))!;
    expect(entry).toMatchObject({ hasPageRecord: true, organizations: ['Senate'] });
    expect(entry.pageTokens.split(' ')).toContain('senate');
    expect(entry.docs.map((d) => d.key)).toEqual(['c:clip-0']);
    source.close();
    target.close();
  });
});

describe('W3C Web Annotations round trip', () => {
  it('exports clippings and notes as annotations and imports the same clippings back', async () => {
    const source = await openDb({ name: 'w-s' });
    await seed(source, 8);
    const text = await exportText(source, 'w3c');
    const target = await openDb({ name: 'w-t' });
    const summary = await importText(target, text);
    expect(summary.kind).toBe('w3c');
    expect(summary.tallies.clippings.add).toBe(8);
    expect(summary.tallies.notes.add).toBe(1);
    const pick = (c: Record<string, unknown>) => {
      const { id, pageUrl, quote, position, note, tags, createdAtMs, updatedAtMs } = c;
      return { id, pageUrl, quote, position, note, tags, createdAtMs, updatedAtMs };
    };
    const before = (await storedClippings(source)).map(pick);
    expect((await storedClippings(target)).map(pick)).toEqual(before);
    expect(await target.getAll('notes')).toEqual(await source.getAll('notes'));
    source.close();
    target.close();
  });
});

describe('bulk actions', () => {
  it('tags, untags, deletes with undo, keeping the index in step', async () => {
    const db = await openDb({ name: 'bulk' });
    await seed(db, 6);
    const keys = ['c:clip-0', 'c:clip-1', 'n:n-0'];
    expect(await tagDocs(db, keys, 'review', true, NOW)).toBe(2);
    expect((await storedClipping(db, 'clip-0'))!.tags).toContain('review');
    expect(await tagDocs(db, keys, 'review', false, NOW)).toBe(2);
    const before = await dump(db);
    const deleted = await deleteDocs(db, keys, NOW);
    expect(deleted.clippings).toHaveLength(2);
    expect(deleted.notes).toHaveLength(1);
    expect(await storedClippings(db)).toHaveLength(4);
    await restoreRecords(db, deleted, NOW);
    const after = await dump(db);
    expect(after.notes).toEqual(before.notes);
    expect(new Set(after.clippings)).toEqual(new Set(before.clippings));
    db.close();
  });
});
