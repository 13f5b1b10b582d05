/**
 * The library's search worker: keeps the catalog with its inverted index (3 million postings at
 * 100,000 clippings) off the page's thread. The page forwards every index entry it applies, in
 * the same order, so doc numbers agree on both sides; queries come back as a mask over them.
 * Messages are handled in order, so a `flush` answer means every entry sent before it is indexed.
 */
import { createCatalog } from '../../lib/library/catalog';
import { applyEntry } from '../../lib/library/catalog-apply';
import { parseQuery } from '../../lib/library/query';
import { matchQuery } from '../../lib/library/search';
import type { SearchReply, SearchRequest } from './search-messages';

const scope = self as unknown as {
  postMessage: (m: SearchReply, transfer?: Transferable[]) => void;
  onmessage: ((e: MessageEvent<SearchRequest>) => void) | null;
};
let catalog = createCatalog();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'entries') for (const entry of message.entries) applyEntry(catalog, entry);
  else if (message.type === 'reset') catalog = createCatalog();
  else if (message.type === 'flush') {
    // Warm the matcher up (compiled before the reader's first query, not during it).
    for (const q of ['zz', 'a', 'th', 'the ', 'zz -x ']) matchQuery(catalog, parseQuery(q));
    scope.postMessage({ type: 'matched', id: message.id, mask: null });
  } else {
    const mask = matchQuery(catalog, parseQuery(message.q));
    scope.postMessage({ type: 'matched', id: message.id, mask }, mask ? [mask.buffer] : []);
  }
};
