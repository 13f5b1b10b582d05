/**
 * Issue 11, test 9 (second half): a migration that fails midway. The upgrade runs in one
 * versionchange transaction, so a migration that throws, or whose requests fail after it created
 * a store, must leave the database at the old version with its data readable, and `openDb` must
 * reject (the background turns that into a typed error). The test swaps entries of MIGRATIONS
 * for the duration of one test (vitest isolates this file) and puts them back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/background/router';
import type { BackgroundDeps } from '../../../lib/background/deps';
import { openDb } from '../../../lib/storage/open';
import { DB_VERSION, MIGRATIONS, type Migration } from '../../../lib/storage/schema';
import { freshIndexedDb, storedClippings } from '../storage/helpers';
import { groupIntoParts } from '../../../lib/storage/clipping-parts';
import { edgeRecords } from './edge-records';
import { collectUnhandledRejections } from './rejections';

const migrations = MIGRATIONS as Migration[];
const shipped = [...MIGRATIONS];
const NAME = 'failing-upgrade';
const records = edgeRecords(200);

let rejections: ReturnType<typeof collectUnhandledRejections>;
beforeEach(() => {
  freshIndexedDb();
  rejections = collectUnhandledRejections();
});
afterEach(async () => {
  migrations.splice(0, migrations.length, ...shipped);
  const left = await rejections.stop();
  // While the gap is open its rejections are expected here; the test below pins it.
  expect(left).toEqual([]);
});

/** A v`version` database holding the edge-case notes and clippings. */
async function seedAt(version: number): Promise<void> {
  const db = await openDb({ name: NAME, version });
  const tx = db.transaction('notes', 'readwrite');
  for (const note of records.notes) void tx.objectStore('notes').put(note);
  await tx.done;
  // v4 keeps clippings in parts by article (lib/storage/clipping-parts.ts).
  const clippings = db.transaction(version >= 4 ? 'clippingParts' : 'clippings', 'readwrite');
  if (version >= 4)
    for (const part of groupIntoParts(records.clippings))
      void clippings.objectStore('clippingParts').put(part);
  else for (const clipping of records.clippings) void clippings.objectStore('clippings').put(clipping);
  await clippings.done;
  db.close();
}

/** Records in IndexedDB key order (UTF-16 code units, as JavaScript compares strings). */
const byKey = <T extends { id: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function expectIntactAt(version: number): Promise<void> {
  const db = await openDb({ name: NAME, version });
  expect(db.version).toBe(version);
  expect(await db.getAll('notes')).toEqual(byKey(records.notes));
  const stored = db.objectStoreNames.contains('clippings')
    ? await db.getAll('clippings')
    : await storedClippings(db);
  expect(stored).toEqual(byKey(records.clippings));
  db.close();
}

const failures: [string, (real: Migration | undefined) => Migration][] = [
  [
    'throws after creating a store',
    (real) => (db, tx) => {
      real?.(db, tx);
      throw new Error('migration bug');
    },
  ],
  [
    'has a request fail after its work started',
    (real) => (db, tx) => {
      real?.(db, tx);
      const store = db.createObjectStore('scratch' as never);
      void store.add({} as never, 'k').catch(() => undefined);
      void store.add({} as never, 'k').catch(() => undefined); // ConstraintError: aborts the upgrade
    },
  ],
];

describe('a migration that fails midway', () => {
  // The last shipped migration (v1 -> v2 today) fails, and a future one (latest -> latest + 1) does.
  const steps = [DB_VERSION - 1, DB_VERSION].filter((v) => v >= 1);

  it.each(failures.flatMap(([name, make]) => steps.map((from) => [name, from, make] as const)))(
    'that %s (from v%i): openDb rejects, the old version and its data stay readable',
    async (_name, from, make) => {
      await seedAt(from);
      const index = from; // MIGRATIONS[from] upgrades `from` to `from + 1`
      migrations[index] = make(shipped[index]);
      await expect(openDb({ name: NAME, version: from + 1 })).rejects.toBeDefined();
      await expectIntactAt(from);
      migrations.splice(0, migrations.length, ...shipped);
      if (from < DB_VERSION) {
        const retried = await openDb({ name: NAME }); // the next start tries again, and succeeds
        expect(retried.version).toBe(DB_VERSION);
        expect(await retried.count('notes')).toBe(records.notes.length);
        retried.close();
      }
    },
  );

  it('a failed upgrade leaves no unhandled rejection', async () => {
    await seedAt(DB_VERSION);
    migrations[DB_VERSION] = failures[0]![1](undefined);
    await expect(openDb({ name: NAME, version: DB_VERSION + 1 })).rejects.toBeDefined();
    const left = await rejections.stop();
    rejections = collectUnhandledRejections(); // for afterEach to stop
    expect(left).toEqual([]);
  });

  it('the router reports a failed open as a typed error, not a crash', async () => {
    migrations[DB_VERSION - 1] = failures[0]![1](shipped[DB_VERSION - 1]);
    const deps = { extensionOrigin: 'chrome-extension://x/', db: () => openDb({ name: NAME }) };
    const message = { type: 'saveNote', pageKey: 'https://example.com/a', text: 'x' };
    const result = await handleMessage(message, { url: 'chrome-extension://x/popup.html' }, {
      ...deps,
      now: () => 1,
      newId: () => 'n',
    } as unknown as BackgroundDeps);
    expect(result).toEqual({ ok: false, error: expect.any(String) as string });
  });
});
