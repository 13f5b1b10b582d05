/**
 * Opens the database and streams the search index (read by the search worker, which indexes it)
 * into the in-memory catalog, newest-changed articles first. The first batch is rendered at once
 * and loading pauses until those rows are painted; after that the list re-renders at most once a
 * second until everything is in. Later changes (bulk actions, imports, clippings saved in other
 * tabs) are read incrementally: entries changed after the last one seen.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createCatalog, type Catalog } from '../../lib/library/catalog';
import { applyEntry } from '../../lib/library/catalog-apply';
import { orderDocs } from '../../lib/library/order';
import { openDb, type Db } from '../../lib/storage/open';
import { isIndexStale } from '../../lib/storage/library-read';
import { createSearchClient, type SearchClient } from './search-client';

export interface CatalogState {
  db: Db | null;
  catalog: Catalog;
  /** The catalog's version last rendered. */
  version: number;
  loading: { done: number; total: number } | null;
  error: string | null;
  refresh: () => Promise<void>;
  /** The search worker, which holds the inverted index for this catalog. */
  search: SearchClient;
  /** False while the search worker is still indexing entries the page already shows. */
  searchReady: boolean;
  /** Called by the list once its first rows are painted: loading then carries on. */
  onFirstPaint: () => void;
}

const RENDER_EVERY_MS = 1_000;
const PROGRESS_EVERY_MS = 250;
/** Index entries (articles) read per batch: small enough that applying one stays a short task. */
const LOAD_BATCH = 20;
const FIRST_BATCH = 4;
/** Longest wait for the first rows to paint before loading goes on. */
const PAINT_GATE_MS = 400;

// Opening starts as the script loads, not after the first render.
let onOutdated: () => void = () => undefined;
const opening = openDb({ onVersionChange: () => onOutdated() });
// The worker reading the index for the first rows starts loading now too.
const search = createSearchClient();

export function useCatalog(): CatalogState {
  const catalog = useRef(createCatalog({ indexed: false })).current;
  const since = useRef<number | null>(null);
  const painted = useRef<() => void>(() => undefined);
  const [db, setDb] = useState<Db | null>(null);
  const [version, setVersion] = useState(0);
  const [loading, setLoading] = useState<{ done: number; total: number } | null>({ done: 0, total: 0 });
  const [error, setError] = useState<string | null>(null);
  const [searchReady, setSearchReady] = useState(false);

  const load = useCallback(
    async (initial: boolean) => {
      let shownAt = -1;
      let toldAt = 0;
      await search.stream(
        since.current,
        async (entries, done, total) => {
          for (const entry of entries) {
            applyEntry(catalog, entry);
            since.current = Math.max(since.current ?? 0, entry.updatedAtMs);
          }
          if (!initial) return;
          const now = performance.now();
          if (shownAt < 0 || now - shownAt > RENDER_EVERY_MS) {
            if (shownAt < 0) performance.mark('sc-library-first-batch');
            setVersion(catalog.version);
            setLoading({ done, total });
            // The first rows get the database and the thread to themselves until they are painted.
            if (shownAt < 0)
              await new Promise<void>((ok) => ((painted.current = ok), setTimeout(ok, PAINT_GATE_MS)));
            shownAt = toldAt = performance.now();
          } else if (now - toldAt > PROGRESS_EVERY_MS) {
            toldAt = now;
            setLoading({ done, total });
          }
        },
        LOAD_BATCH,
        FIRST_BATCH,
      );
      // Sort the whole catalog (the default order) in a task of its own, before rendering it: at
      // 100,000 docs, sorting and rendering in one task after an import made a long task.
      await new Promise((ok) => setTimeout(ok, 0));
      orderDocs(catalog, 'newest');
      await new Promise((ok) => setTimeout(ok, 0));
      setLoading(null);
      setVersion(catalog.version);
      setSearchReady(false);
      await search.flush();
      setSearchReady(true);
    },
    [catalog],
  );

  useEffect(() => {
    let cancelled = false;
    onOutdated = () => setError('Source Context was updated: reload this page to continue.');
    opening
      .then(async (opened) => {
        if (cancelled) return;
        performance.mark('sc-library-db-open');
        setDb(opened);
        await load(true);
        if (await isIndexStale(opened, catalog.alive)) {
          const { rebuildLibraryIndex } = await import('../../lib/storage/library-rebuild');
          // Once per page load: records written around lib/storage are indexed again.
          setLoading({ done: 0, total: 0 });
          await rebuildLibraryIndex(opened, Date.now());
          Object.assign(catalog, createCatalog({ indexed: false }), { version: catalog.version + 1 });
          search.reset();
          since.current = null;
          await load(true);
        }
      })
      .catch((e: Error) => setError(`The library could not be opened: ${e.message}`));
    return () => {
      cancelled = true;
    };
  }, [load]);

  const refresh = useCallback(async () => {
    if (db) await load(false);
  }, [db, load]);

  useEffect(() => {
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  const onFirstPaint = useCallback(() => painted.current(), []);
  return { db, catalog, version, loading, error, refresh, onFirstPaint, search, searchReady };
}
