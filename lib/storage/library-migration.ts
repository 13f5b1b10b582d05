/**
 * Data steps of schema upgrades, inside the upgrade transaction. v2 builds the library's search
 * index (`libraryIndex`) from the clippings and notes a v1 database already holds, so the index is
 * never missing an entry; a record missing a field the index needs is left out of it (it is still
 * in its store). v4 moves every clipping into its article's parts.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import {
  buildClippingDoc,
  buildNoteDoc,
  pageFieldsOfClipping,
  pageFieldsOfKey,
  type LibraryDoc,
  type LibraryPageFields,
} from '../library/index-entry';
import { isClippingLike, isNoteLike } from '../library/record-guards';
import { groupIntoParts } from './clipping-parts';
import { putDocsInTx } from './library-index';
import type { SourceContextDb } from './schema';

type UpgradeTx = IDBPTransaction<SourceContextDb, ArrayLike<StoreNames<SourceContextDb>>, 'versionchange'>;

interface PageDocs {
  docs: LibraryDoc[];
  fallback: () => LibraryPageFields;
}

async function collectDocs(tx: UpgradeTx): Promise<Map<string, PageDocs>> {
  const byPage = new Map<string, PageDocs>();
  const add = (pageKey: string, doc: LibraryDoc, fallback: () => LibraryPageFields): void => {
    const group = byPage.get(pageKey) ?? { docs: [], fallback };
    group.docs.push(doc);
    byPage.set(pageKey, group);
  };
  for (const raw of await tx.objectStore('clippings').getAll()) {
    if (isClippingLike(raw)) add(raw.pageKey, buildClippingDoc(raw), () => pageFieldsOfClipping(raw));
  }
  for (const raw of await tx.objectStore('notes').getAll()) {
    if (isNoteLike(raw)) add(raw.pageKey, buildNoteDoc(raw), () => pageFieldsOfKey(raw.pageKey));
  }
  return byPage;
}

/** Runs `step`; on failure, leaves the database at the previous version, data untouched. */
function runOrAbort(tx: UpgradeTx, step: () => Promise<void>): void {
  step().catch(() => {
    // The next open tries again.
    try {
      tx.abort();
    } catch {
      // already finished
    }
  });
}

/** Fills the new `libraryIndex` store from existing records; aborts the upgrade on failure. */
export function backfillLibraryIndex(tx: UpgradeTx, nowMs = Date.now()): void {
  runOrAbort(tx, async () => {
    const byPage = await collectDocs(tx);
    const stores = { index: tx.objectStore('libraryIndex'), pages: tx.objectStore('pages') };
    for (const [pageKey, group] of byPage)
      await putDocsInTx(stores, pageKey, group.docs, group.fallback, nowMs);
  });
}

/**
 * Moves every record of the old `clippings` store, as it is (even one failing today's schema),
 * into the new `clippingParts` store, then deletes the old store; aborts the upgrade on failure.
 */
export function moveClippingsToParts(db: IDBPDatabase<SourceContextDb>, tx: UpgradeTx): void {
  runOrAbort(tx, async () => {
    // Requested now, so it is answered after any earlier upgrade's reads of the same store.
    const records: unknown[] = await tx.objectStore('clippings').getAll();
    const parts = tx.objectStore('clippingParts');
    await Promise.all(groupIntoParts(records).map((part) => parts.put(part)));
    db.deleteObjectStore('clippings');
  });
}
