/**
 * The library's search worker: reads the search index from IndexedDB and keeps the catalog with
 * its inverted index (3 million postings at 100,000 clippings) off the page's thread. The page gets
 * each batch of entries without their tokens (most of their bytes), applies them in the same order,
 * so doc numbers agree on both sides; queries come back as a mask over them. Reading here rather
 * than on the page spares the page deserializing every token and copying it again to this worker
 * (half a second of its thread, and the garbage behind a collection pause, after a 100k import).
 * Messages are handled in order, so a `flush` answer means every entry read so far is indexed.
 */
import { createCatalog } from '../../lib/library/catalog';
import { applyEntry, withoutTokens } from '../../lib/library/catalog-apply';
import { parseQuery } from '../../lib/library/query';
import { matchQuery } from '../../lib/library/search';
import { streamIndexEntries } from '../../lib/storage/library-read';
import { openDb, type Db } from '../../lib/storage/open';
import type { SearchReply, SearchRequest } from './search-messages';

const scope = self as unknown as {
  postMessage: (m: SearchReply, transfer?: Transferable[]) => void;
  onmessage: ((e: MessageEvent<SearchRequest>) => void) | null;
};
let catalog = createCatalog();
let db: Promise<Db> | null = null;
/** Streams waiting for the page to take their last batch: go on, or end (the page failed it). */
const waiting = new Map<number, { more: () => void; stop: (error: Error) => void }>();
/** Why a stream the page cancelled ended (not a failed read: the database stays open). */
const CANCELLED = 'The page stopped reading.';

const database = (): Promise<Db> => (db ??= openDb({ onVersionChange: () => (db = null) }));
// Opening starts as the worker loads: the page asks for its first rows right away.
void database().catch(() => (db = null));

async function stream(message: Extract<SearchRequest, { type: 'stream' }>): Promise<void> {
  const { id } = message;
  try {
    const total = await streamIndexEntries(
      await database(),
      message.since,
      (entries, done, total) => {
        for (const entry of entries) applyEntry(catalog, entry);
        return new Promise<void>((more, stop) => {
          waiting.set(id, { more, stop });
          scope.postMessage({ type: 'batch', id, entries: entries.map(withoutTokens), done, total });
        });
      },
      message.batch,
      message.firstBatch,
    );
    scope.postMessage({ type: 'streamed', id, total, error: null });
  } catch (e) {
    if ((e as Error).message !== CANCELLED) db = null;
    scope.postMessage({ type: 'streamed', id, total: 0, error: (e as Error).message || String(e) });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'stream') void stream(message);
  else if (message.type === 'more' || message.type === 'cancel') {
    const stream = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === 'more') stream?.more();
    else stream?.stop(new Error(CANCELLED));
  } else if (message.type === 'reset') catalog = createCatalog();
  else if (message.type === 'flush') {
    // Warm the matcher up (compiled before the reader's first query, not during it).
    for (const q of ['zz', 'a', 'th', 'the ', 'zz -x ']) matchQuery(catalog, parseQuery(q));
    scope.postMessage({ type: 'matched', id: message.id, mask: null });
  } else {
    const mask = matchQuery(catalog, parseQuery(message.q));
    scope.postMessage({ type: 'matched', id: message.id, mask }, mask ? [mask.buffer] : []);
  }
};
