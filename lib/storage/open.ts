/**
 * Opening the database: runs the versioned upgrades, closes on `versionchange` so a newer
 * version in another extension page is never blocked, and reports why an open failed.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, type SourceContextDb } from './schema';

export type Db = IDBPDatabase<SourceContextDb>;

export interface OpenOptions {
  name?: string;
  /** Open at an older version (migration tests). */
  version?: number;
  /** Told when a newer version wants the database: the connection has already closed. */
  onVersionChange?: () => void;
}

/** Opens (creating or upgrading) the Source Context database. */
export function openDb(options: OpenOptions = {}): Promise<Db> {
  const version = options.version ?? DB_VERSION;
  return openDB<SourceContextDb>(options.name ?? DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // A failed upgrade rejects the open request; the transaction's own promise must not go unhandled.
      tx.done.catch(() => undefined);
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]?.(db, tx);
    },
    blocking(_current, _blocked, event) {
      // Another page opened a newer version: step aside so its upgrade can run.
      (event.target as IDBDatabase).close();
      options.onVersionChange?.();
    },
  });
}

/** Asks the browser to keep our data under storage pressure (best effort). */
export async function requestPersistence(nav: { storage?: StorageManager } | undefined): Promise<boolean> {
  try {
    return (await nav?.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
