/**
 * The page's side of the search worker: forwards index entries as the page applies them, and
 * asks for the docs matching a query. An empty query matches everything without asking.
 */
import type { LibraryPageEntry } from '../../lib/library/index-entry';
import { isEmptyQuery, parseQuery } from '../../lib/library/query';
import type { SearchReply, SearchRequest } from './search-messages';

export interface SearchClient {
  add: (entries: LibraryPageEntry[]) => void;
  reset: () => void;
  /** Resolves once every entry added so far is indexed. */
  flush: () => Promise<void>;
  /** The mask of docs matching `q` (1 = match), or null when every doc matches. */
  match: (q: string) => Promise<Uint8Array | null>;
}

export function createSearchClient(): SearchClient {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (mask: Uint8Array | null) => void>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    pending.get(event.data.id)?.(event.data.mask);
    pending.delete(event.data.id);
  };
  const send = (message: SearchRequest): void => worker.postMessage(message);
  const ask = (message: (id: number) => SearchRequest): Promise<Uint8Array | null> => {
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      send(message(id));
    });
  };
  return {
    add: (entries) => send({ type: 'entries', entries }),
    reset: () => send({ type: 'reset' }),
    flush: async () => void (await ask((id) => ({ type: 'flush', id }))),
    match: (q) =>
      isEmptyQuery(parseQuery(q)) ? Promise.resolve(null) : ask((id) => ({ type: 'match', id, q })),
  };
}
