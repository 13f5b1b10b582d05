/**
 * The clippings and notes behind the rows on screen, fetched by key when rows scroll into view and
 * kept in a bounded cache (the catalog holds only what search and filters need).
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Db } from '../../lib/storage/open';
import { getLibraryRecords, type LibraryRecord } from '../../lib/storage/library-read';

const CACHE_LIMIT = 2_000;

export interface RecordCache {
  get: (key: string) => LibraryRecord | null;
  /** Fetches the records of `keys` not cached yet; resolves when they are. */
  ensure: (keys: readonly string[]) => Promise<void>;
  /** Forgets cached records (after edits). */
  clear: (keys?: readonly string[]) => void;
  version: number;
}

export function useRecords(db: Db | null): RecordCache {
  const cache = useRef(new Map<string, LibraryRecord>()).current;
  const [version, setVersion] = useState(0);
  const ensure = useCallback(
    async (keys: readonly string[]) => {
      const missing = keys.filter((k) => !cache.has(k));
      if (!db || missing.length === 0) return;
      const found = await getLibraryRecords(db, missing);
      if (cache.size + found.size > CACHE_LIMIT) cache.clear();
      for (const [key, record] of found) cache.set(key, record);
      setVersion((v) => v + 1);
    },
    [db, cache],
  );
  const clear = useCallback(
    (keys?: readonly string[]) => {
      if (keys) for (const k of keys) cache.delete(k);
      else cache.clear();
      setVersion((v) => v + 1);
    },
    [cache],
  );
  return { get: (key) => cache.get(key) ?? null, ensure, clear, version };
}
