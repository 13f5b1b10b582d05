/**
 * The database: one idb `DBSchema` typing every store and index, and the list of versioned
 * upgrades. Never edit a shipped migration: add the next one. tests/unit/storage/migrations.test.ts
 * opens every earlier version with data and upgrades it.
 */
import { unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Clipping, Note, PageRecord } from './records';
import type { PublisherProfile } from '../publishers/profile';
import type { LibraryPageEntry } from '../library/index-entry';
import type { ClippingPart, PartKey } from './clipping-parts';
import { backfillLibraryIndex, moveClippingsToParts } from './library-migration';

export const DB_NAME = 'source-context';

export interface SourceContextDb extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { 'by-url': string; 'by-publisher': string; 'by-last-seen': number };
  };
  publishers: { key: string; value: PublisherProfile; indexes: { 'by-updated': number } };
  notes: { key: string; value: Note; indexes: { 'by-page': string; 'by-created': number } };
  /**
   * v1-v3: one record per clipping. v4 moved them into `clippingParts` and deleted this store:
   * only the migrations (and tests of them) open it.
   */
  clippings: {
    key: string;
    value: Clipping;
    /** v3 dropped `by-created` and `by-publisher`, which nothing read. */
    indexes: { 'by-page': string; 'by-tag': string };
  };
  /** v4: clippings grouped by article (lib/storage/clipping-parts.ts). */
  clippingParts: {
    key: PartKey;
    value: ClippingPart;
    indexes: { 'by-id': string; 'by-tag': string; 'by-size': number };
  };
  /** v2: the library's search index, one entry per article (lib/library/index-entry.ts). */
  libraryIndex: { key: string; value: LibraryPageEntry; indexes: { 'by-updated': number } };
}

type UpgradeTx = IDBPTransaction<SourceContextDb, ArrayLike<StoreNames<SourceContextDb>>, 'versionchange'>;
export type Migration = (db: IDBPDatabase<SourceContextDb>, tx: UpgradeTx) => void;

/** MIGRATIONS[i] upgrades version i to version i + 1. */
export const MIGRATIONS: readonly Migration[] = [
  // v1: the first shipped schema.
  (db) => {
    const pages = db.createObjectStore('pages', { keyPath: 'pageKey' });
    pages.createIndex('by-url', 'urls', { multiEntry: true });
    pages.createIndex('by-publisher', 'publisherDomain');
    pages.createIndex('by-last-seen', 'lastSeenAtMs');
    const publishers = db.createObjectStore('publishers', { keyPath: 'domain' });
    publishers.createIndex('by-updated', 'updatedAtMs');
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('by-page', 'pageKey');
    notes.createIndex('by-created', 'createdAtMs');
    const clippings = db.createObjectStore('clippings', { keyPath: 'id' });
    clippings.createIndex('by-page', 'pageKey');
    unwrap(clippings).createIndex('by-created', 'createdAtMs'); // dropped in v3
    clippings.createIndex('by-tag', 'tags', { multiEntry: true });
    unwrap(clippings).createIndex('by-publisher', 'publisherDomain'); // dropped in v3
  },
  // v2: the library's search index, built from the clippings and notes already stored.
  (db, tx) => {
    const index = db.createObjectStore('libraryIndex', { keyPath: 'pageKey' });
    index.createIndex('by-updated', 'updatedAtMs');
    backfillLibraryIndex(tx);
  },
  // v3: drop the clippings' `by-created` and `by-publisher` indexes. Nothing reads them (the
  // library sorts and filters its in-memory catalog), and every clipping written paid for two
  // more index rows: about 15% of the database's CPU time when importing 100,000 clippings.
  (_db, tx) => {
    const clippings = unwrap(tx.objectStore('clippings'));
    for (const name of ['by-created', 'by-publisher'])
      if (clippings.indexNames.contains(name)) clippings.deleteIndex(name);
  },
  // v4: clippings grouped by article, a few dozen to a record, instead of one record each: an
  // import of 100,000 clippings wrote 100,000 records, and IndexedDB's cost is mostly per record
  // (lib/storage/clipping-parts.ts). `by-page` is the key now; `by-id` finds a clipping's part;
  // `by-size` (how many clippings a part holds) counts them without walking 100,000 index rows.
  (db, tx) => {
    const parts = db.createObjectStore('clippingParts', { keyPath: ['pageKey', 'part'] });
    parts.createIndex('by-id', 'ids', { unique: true, multiEntry: true });
    parts.createIndex('by-tag', 'tags', { multiEntry: true });
    parts.createIndex('by-size', 'clippings.length');
    moveClippingsToParts(db, tx);
  },
];

export const DB_VERSION = MIGRATIONS.length;
