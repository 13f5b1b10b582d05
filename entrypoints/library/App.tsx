/**
 * The library page: every clipping and page note, searched and filtered in memory (lib/library),
 * listed in a virtualized feed, with bulk actions, export, import and storage health. The view
 * (query, filters, sort, layout) lives in the URL.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import { collectFacets, type LibraryFacets } from '../../lib/library/facets';
import type { ExportFormat } from '../../lib/library/export/run-export';
import { layoutRows } from '../../lib/library/run-view';
import type { LibraryView } from '../../lib/library/view';
import { readStorageHealth, type StorageHealth } from '../../lib/storage/library-health';
import { requestPersistence } from '../../lib/storage/open';
import { ExportPanel } from '../../components/library/ExportPanel';
import { FilterBar } from '../../components/library/FilterBar';
import { ImportPanel } from '../../components/library/ImportPanel';
import { SearchBox } from '../../components/library/SearchBox';
import { StorageHealthPanel } from '../../components/library/StorageHealthPanel';
import { Toast } from '../../components/library/Toast';
import { useCatalog } from './use-catalog';
import { useRecords } from './use-records';
import { useTransfers } from './use-transfers';
import { useUrlView } from './use-view';
import { ResultsPane } from './ResultsPane';
import { useBulk } from './use-bulk';
import { useResults } from './use-results';

const NO_FACETS: LibraryFacets = { publishers: [], organizations: [], tags: [] };

/** The filters (hundreds of options) re-render when filters or facets change, not on every key typed. */
const Filters = memo(
  FilterBar,
  (a, b) =>
    a.facets === b.facets &&
    a.onChange === b.onChange &&
    (Object.keys(a.view) as (keyof LibraryView)[]).every((k) => k === 'q' || a.view[k] === b.view[k]),
);

export function App() {
  const { db, catalog, version, loading, error, refresh, onFirstPaint, search, searchReady } = useCatalog();
  const [view, updateView, resetView] = useUrlView();
  const records = useRecords(db);
  const [format, setFormat] = useState<ExportFormat>('backup');
  const [health, setHealth] = useState<StorageHealth | null>(null);
  const readHealth = (): void => void readStorageHealth(navigator.storage).then(setHealth);
  const afterWrite = async (): Promise<void> => {
    records.clear();
    await refresh();
    readHealth();
  };
  const transfers = useTransfers(afterWrite);
  const bulk = useBulk(db, afterWrite);
  const searchStarted = useRef<number | null>(null);

  useEffect(readHealth, []);
  const docs = useResults(catalog, version, view, search, searchReady);
  const rows = useMemo(() => layoutRows(catalog, docs, view.group), [docs, view.group]);
  // Filter choices are counted in a task of their own, after the list has rendered.
  const [facets, setFacets] = useState<LibraryFacets>(NO_FACETS);
  const countFacets = loading === null || catalog.alive <= 20_000;
  useEffect(() => {
    if (!countFacets) return;
    // Counting and rendering the (hundreds of) choices in separate tasks: together they made a
    // long task at 100,000 docs.
    let timer = setTimeout(() => {
      const counted = collectFacets(catalog);
      timer = setTimeout(() => setFacets(counted), 0);
    }, 0);
    return () => clearTimeout(timer);
  }, [version, countFacets]);

  const onSearch = (q: string): void => {
    searchStarted.current = performance.now();
    updateView({ q });
  };
  const onRowsShown = (): void => {
    if (searchStarted.current === null) return;
    const start = searchStarted.current;
    searchStarted.current = null;
    requestAnimationFrame(() => performance.measure('sc-search', { start, end: performance.now() }));
  };

  return (
    <div class="library">
      <header class="app-header">
        <h1 class="app-name">
          <span class="app-icon" aria-hidden="true" />
          Source Context library
        </h1>
        <span
          class="small muted"
          data-testid="library-total"
          data-search-ready={String(searchReady && !loading)}
        >
          {loading
            ? `Loading ${loading.done.toLocaleString()} of ${loading.total.toLocaleString()} articles…`
            : `${catalog.alive.toLocaleString()} saved${searchReady ? '' : ' · preparing search…'}`}
        </span>
        {/* A button, not an in-page link: the URL holds the view (use-view.ts), not a fragment. */}
        <button
          type="button"
          class="ghost skip-link"
          data-testid="skip-to-search"
          onClick={() => document.getElementById('library-search')?.focus()}
        >
          Skip to search
        </button>
      </header>
      {error && (
        <p class="state error" role="alert">
          {error}
        </p>
      )}
      <div class="library-body">
        <aside class="library-side" aria-label="Filters, export, import and storage">
          <Filters view={view} facets={facets} onChange={updateView} onClear={resetView} />
          <ExportPanel
            busy={transfers.exportProgress !== null}
            progress={transfers.exportProgress}
            message={transfers.exportMessage}
            format={format}
            onFormatChange={setFormat}
            viewCount={docs.length}
            totalCount={catalog.alive}
            onExport={(f, scope) =>
              void transfers.startExport(
                f,
                scope === 'all' ? null : [...docs].map((d) => catalog.docKeys[d]!),
              )
            }
          />
          <ImportPanel
            phase={transfers.importPhase}
            summary={transfers.importSummary}
            progress={transfers.importProgress}
            message={transfers.importMessage}
            error={transfers.importError}
            onFile={(file) => void transfers.pickFile(file)}
            onConfirm={() => void transfers.confirmImport()}
            onCancel={transfers.cancelImport}
          />
          <StorageHealthPanel
            health={health}
            onPersist={() => void requestPersistence(navigator).then(readHealth)}
          />
        </aside>
        <main class="library-main">
          <SearchBox
            value={view.q}
            onInput={onSearch}
            resultCount={loading && docs.length === 0 ? null : docs.length}
          />
          <ResultsPane
            catalog={catalog}
            docs={docs}
            rows={rows}
            records={records}
            bulk={bulk}
            empty={!loading && catalog.alive === 0}
            loading={loading !== null}
            onExportSelection={(keys) => void transfers.startExport(format, keys)}
            onRowsShown={onRowsShown}
            onFirstPaint={onFirstPaint}
          />
        </main>
      </div>
      {bulk.toast && <Toast {...bulk.toast} />}
    </div>
  );
}
