/**
 * Issue 11, test 10: an old connection (an open popup, library or service worker) while another
 * context opens the next schema version. The old connection must close on `versionchange`
 * (lib/storage/open.ts `blocking`, which calls `onVersionChange`), so the upgrade is never blocked
 * (a blocked open would hang: here it rejects at once instead), writes in flight on the old
 * connection finish and are in the new version, and the old connection refuses new work.
 */
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveNote } from '../../../lib/storage/notes';
import { openDb, type Db } from '../../../lib/storage/open';
import { DB_VERSION, MIGRATIONS, type Migration } from '../../../lib/storage/schema';
import { freshIndexedDb } from '../storage/helpers';
import { edgeNote } from './edge-records';

const migrations = MIGRATIONS as Migration[];
const shipped = [...MIGRATIONS];
const NAME = 'two-contexts';

beforeEach(freshIndexedDb);
afterEach(() => {
  migrations.splice(0, migrations.length, ...shipped);
});

/** Opens `version` like a newer extension page would, failing (not hanging) if it is blocked. */
function openNewer(version: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    openDB(NAME, version, {
      upgrade: (db, oldVersion, newVersion, tx) => {
        for (let v = oldVersion; v < (newVersion ?? version); v++) migrations[v]?.(db as never, tx as never);
      },
      blocked: () => reject(new Error('blocked: the old connection did not step aside')),
    }).then((db) => {
      resolve(db.version);
      db.close();
    }, reject);
  });
}

async function writeNotes(db: Db, count: number): Promise<void> {
  let n = 0;
  for (let i = 0; i < count; i++) {
    const { pageKey, text } = edgeNote(i);
    await saveNote(db, { pageKey, text }, 1_000 + i, () => `id-${n++}`);
  }
}

// Every shipped upgrade (v1 -> v2 ...) and a future one (latest -> latest + 1, an empty migration).
const upgrades = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

describe('an old connection while another context opens the next version', () => {
  it.each(upgrades)('at v%i: closes on versionchange, nothing hangs, nothing is lost', async (from) => {
    if (from === DB_VERSION) migrations[from] = () => undefined;
    let told = 0;
    const old = await openDb({ name: NAME, version: from, onVersionChange: () => told++ });
    const tx = old.transaction('notes', 'readwrite');
    for (let i = 0; i < 300; i++) void tx.store.put(edgeNote(i)); // in flight during the upgrade
    const upgraded = openNewer(from + 1);
    await tx.done;
    expect(await upgraded).toBe(from + 1);
    expect(told).toBe(1);
    expect(() => old.transaction('notes')).toThrow(); // closed: refuses new work
    const db = await openDb({ name: NAME, version: from + 1 });
    expect(await db.count('notes')).toBe(300);
    expect(await db.get('notes', edgeNote(7).id)).toEqual(edgeNote(7));
    db.close();
  });

  it('a save started through lib/storage on the old connection finishes before it closes', async () => {
    migrations[DB_VERSION] = () => undefined;
    const old = await openDb({ name: NAME });
    const saving = writeNotes(old, 1); // saveNote awaits inside its transaction
    const upgraded = openNewer(DB_VERSION + 1);
    await saving;
    await upgraded;
    const db = await openDb({ name: NAME, version: DB_VERSION + 1 });
    expect(await db.count('notes')).toBe(1);
    db.close();
  });
});
