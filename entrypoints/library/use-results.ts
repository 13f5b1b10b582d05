/**
 * The docs a view shows: the query is matched by the search worker (a mask back in a few
 * milliseconds), then filtered and ordered here. A newer view or catalog version supersedes any
 * answer still on its way.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Catalog } from '../../lib/library/catalog';
import { isEmptyQuery, parseQuery } from '../../lib/library/query';
import { runView } from '../../lib/library/run-view';
import { viewRangeMs, type LibraryView } from '../../lib/library/view';
import type { SearchClient } from './search-client';

const NONE = new Int32Array(0);
const localDayStartMs = (day: string): number => new Date(`${day}T00:00:00`).getTime();

/** `searchReady` flipping re-runs the query: answers given while the worker was indexing were partial. */
export function useResults(
  catalog: Catalog,
  version: number,
  view: LibraryView,
  search: SearchClient,
  searchReady: boolean,
): Int32Array {
  const [docs, setDocs] = useState<Int32Array>(NONE);
  const latest = useRef(0);
  useLayoutEffect(() => {
    const id = ++latest.current;
    const show = (mask: Uint8Array | null): void => {
      if (id === latest.current) setDocs(runView(catalog, view, viewRangeMs(view, localDayStartMs), mask));
    };
    if (isEmptyQuery(parseQuery(view.q))) show(null);
    else void search.match(view.q).then(show);
  }, [catalog, version, view, search, searchReady]);
  return docs;
}
