/**
 * The page's side of the search worker: streams the index entries the worker reads (without their
 * tokens) and asks for the docs matching a query. An empty query matches everything without asking.
 */
import type { LibraryPageEntry } from '../../lib/library/index-entry';
import { isEmptyQuery, parseQuery } from '../../lib/library/query';
import type { SearchReply, SearchRequest } from './search-messages';

/** Takes one batch; the worker reads the next once it resolves. */
export type OnBatch = (entries: LibraryPageEntry[], done: number, total: number) => void | Promise<void>;

export interface SearchClient {
  /**
   * Index entries changed after `since` (all when null), newest-changed first: the worker indexes
   * each batch and hands it to `onBatch` without its tokens. Resolves with how many were read.
   */
  stream: (since: number | null, onBatch: OnBatch, batch: number, firstBatch: number) => Promise<number>;
  reset: () => void;
  /** Resolves once every entry read so far is indexed. */
  flush: () => Promise<void>;
  /** The mask of docs matching `q` (1 = match), or null when every doc matches. */
  match: (q: string) => Promise<Uint8Array | null>;
}

interface Stream {
  onBatch: OnBatch;
  settle: (total: number, error: string | null) => void;
}

export function createSearchClient(): SearchClient {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (mask: Uint8Array | null) => void>();
  const streams = new Map<number, Stream>();
  let nextId = 1;
  /**
   * Batches are taken one after another in the order they came, across streams: the worker
   * indexed them in that order, and the page's doc numbers must follow the worker's.
   */
  let taking: Promise<void> = Promise.resolve();
  const send = (message: SearchRequest): void => worker.postMessage(message);
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (reply.type === 'matched') {
      pending.get(reply.id)?.(reply.mask);
      pending.delete(reply.id);
    } else if (reply.type === 'batch') {
      const onBatch = streams.get(reply.id)?.onBatch;
      if (!onBatch) return;
      // A batch the page failed to take ends the stream, as a failed read does, on both sides.
      taking = taking
        .then(() => onBatch(reply.entries, reply.done, reply.total))
        .then(
          () => send({ type: 'more', id: reply.id }),
          (e: unknown) => {
            send({ type: 'cancel', id: reply.id });
            streams.get(reply.id)?.settle(0, (e instanceof Error && e.message) || String(e));
            streams.delete(reply.id);
          },
        );
    } else {
      streams.get(reply.id)?.settle(reply.total, reply.error);
      streams.delete(reply.id);
    }
  };
  const ask = (message: (id: number) => SearchRequest): Promise<Uint8Array | null> => {
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      send(message(id));
    });
  };
  return {
    stream: (since, onBatch, batch, firstBatch) => {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const settle = (total: number, error: string | null): void =>
          error === null ? resolve(total) : reject(new Error(error));
        streams.set(id, { onBatch, settle });
        send({ type: 'stream', id, since, batch, firstBatch });
      });
    },
    reset: () => send({ type: 'reset' }),
    flush: async () => void (await ask((id) => ({ type: 'flush', id }))),
    match: (q) =>
      isEmptyQuery(parseQuery(q)) ? Promise.resolve(null) : ask((id) => ({ type: 'match', id, q })),
  };
}
