/**
 * Runs a library view over the catalog: match the query, apply the filters, keep the sort order,
 * and lay the result out as rows (article headings and docs) for the virtualized list.
 */
import type { Catalog } from './catalog';
import { compileFilters, filtersOf } from './filters';
import { orderDocs } from './order';
import { parseQuery } from './query';
import { matchQuery } from './search';
import type { LibraryView } from './view';

/**
 * Matching docs in view order. `matched` is the query's mask when it was computed elsewhere (the
 * library's search worker; null = every doc), else the query is matched here.
 */
export function runView(
  catalog: Catalog,
  view: LibraryView,
  range: { fromMs: number | null; toMs: number | null },
  matched?: Uint8Array | null,
): Int32Array {
  const mask = matched !== undefined ? matched : matchQuery(catalog, parseQuery(view.q));
  const keep = compileFilters(catalog, filtersOf(view, range));
  const order = orderDocs(catalog, view.sort === 'article' ? 'article' : 'newest');
  const last = order.length - 1;
  const reverse = view.sort === 'oldest';
  const take = (d: number): boolean => (mask === null || mask[d] === 1) && (keep === null || keep(d));
  // Count, then fill an exact-size array: a search allocates no more than it returns.
  let n = 0;
  for (let i = 0; i <= last; i++) if (take(order[i]!)) n++;
  const out = new Int32Array(n);
  let k = 0;
  for (let i = 0; i <= last; i++) {
    const d = order[reverse ? last - i : i]!;
    if (take(d)) out[k++] = d;
  }
  return out;
}

/** A row of the list: a doc index (>= 0), or an article heading, encoded as -(page index + 1). */
export function headingPage(row: number): number | null {
  return row < 0 ? -row - 1 : null;
}

/**
 * Rows for `docs`: as one stream, or grouped by article (articles in order of their first doc,
 * each with a heading). Sorting by article is already grouped.
 */
export function layoutRows(catalog: Catalog, docs: Int32Array, group: LibraryView['group']): Int32Array {
  if (group === 'stream') return docs;
  // Counting sort by article, articles in order of first appearance: two passes, no allocation per doc.
  const pages = catalog.pages.length;
  const count = new Int32Array(pages);
  const order: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const page = catalog.docPage[docs[i]!]!;
    if (count[page] === 0) order.push(page);
    count[page]!++;
  }
  const start = new Int32Array(pages);
  let n = 0;
  const rows = new Int32Array(docs.length + order.length);
  for (const page of order) {
    rows[n] = -page - 1;
    start[page] = n + 1;
    n += count[page]! + 1;
  }
  for (let i = 0; i < docs.length; i++) rows[start[catalog.docPage[docs[i]!]!]!++] = docs[i]!;
  return rows;
}
