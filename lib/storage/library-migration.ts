/**
 * Schema v2: builds the library's search index (`libraryIndex`) from the clippings and notes a v1
 * database already holds, inside the upgrade transaction, so the index is never missing an entry.
 * A record missing a field the index needs is left out of it (it is still in its store).
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import {
  buildClippingDoc,
  buildNoteDoc,
  pageFieldsOfClipping,
  pageFieldsOfKey,
  type LibraryDoc,
  type LibraryPageFields,
} from '../library/index-entry';
import { isClippingLike, isNoteLike } from '../library/record-guards';
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

/** Fills the new `libraryIndex` store from existing records; aborts the upgrade on failure. */
export function backfillLibraryIndex(tx: UpgradeTx, nowMs = Date.now()): void {
  const run = async (): Promise<void> => {
    const byPage = await collectDocs(tx);
    const stores = { index: tx.objectStore('libraryIndex'), pages: tx.objectStore('pages') };
    for (const [pageKey, group] of byPage)
      await putDocsInTx(stores, pageKey, group.docs, group.fallback, nowMs);
  };
  run().catch(() => {
    // Leave the database at the previous version, data untouched; the next open tries again.
    try {
      tx.abort();
    } catch {
      // already finished
    }
  });
}
