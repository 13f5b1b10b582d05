/**
 * The database: one idb `DBSchema` typing every store and index, and the list of versioned
 * upgrades. Never edit a shipped migration: add the next one. tests/unit/storage/migrations.test.ts
 * opens every earlier version with data and upgrades it.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Clipping, Note, PageRecord } from './records';
import type { PublisherProfile } from '../publishers/profile';
import type { LibraryPageEntry } from '../library/index-entry';
import { backfillLibraryIndex } from './library-migration';

export const DB_NAME = 'source-context';

export interface SourceContextDb extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { 'by-url': string; 'by-publisher': string; 'by-last-seen': number };
  };
  publishers: { key: string; value: PublisherProfile; indexes: { 'by-updated': number } };
  notes: { key: string; value: Note; indexes: { 'by-page': string; 'by-created': number } };
  clippings: {
    key: string;
    value: Clipping;
    indexes: { 'by-page': string; 'by-created': number; 'by-tag': string; 'by-publisher': string };
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
    clippings.createIndex('by-created', 'createdAtMs');
    clippings.createIndex('by-tag', 'tags', { multiEntry: true });
    clippings.createIndex('by-publisher', 'publisherDomain');
  },
  // v2: the library's search index, built from the clippings and notes already stored.
  (db, tx) => {
    const index = db.createObjectStore('libraryIndex', { keyPath: 'pageKey' });
    index.createIndex('by-updated', 'updatedAtMs');
    backfillLibraryIndex(tx);
  },
];

export const DB_VERSION = MIGRATIONS.length;
