/**
 * The library's filters over catalog docs: publisher, an organization the article names, tag,
 * date range, has a note, orphaned, and kind (clippings or page notes). Per-article tests are
 * computed once per query, per-doc tests are a few array reads.
 */
import { hasNote, isOrphanedDoc, type Catalog } from './catalog';
import type { LibraryView } from './view';

export interface LibraryFilters {
  publisher: string | null;
  org: string | null;
  tag: string | null;
  fromMs: number | null;
  toMs: number | null;
  hasNote: boolean;
  orphaned: boolean;
  kind: LibraryView['kind'];
}

/** The filters of a view, with its date range already in milliseconds. */
export function filtersOf(
  view: LibraryView,
  range: { fromMs: number | null; toMs: number | null },
): LibraryFilters {
  const { publisher, org, tag, note, orphaned, kind } = view;
  return { publisher, org, tag, hasNote: note, orphaned, kind, ...range };
}

/** A predicate over doc indices for `filters`, or null when nothing is filtered. */
export function compileFilters(catalog: Catalog, filters: LibraryFilters): ((doc: number) => boolean) | null {
  const { publisher, org, tag, fromMs, toMs, kind } = filters;
  const checks: ((doc: number) => boolean)[] = [];
  if (publisher !== null || org !== null) {
    const pageOk = catalog.pages.map(
      (p) =>
        (publisher === null || p.publisherDomain === publisher) &&
        (org === null || p.organizations.includes(org)),
    );
    checks.push((d) => pageOk[catalog.docPage[d]!] === true);
  }
  if (tag !== null) checks.push((d) => catalog.docTags[d]!.includes(tag));
  if (fromMs !== null) checks.push((d) => catalog.docCreated[d]! >= fromMs);
  if (toMs !== null) checks.push((d) => catalog.docCreated[d]! <= toMs);
  if (filters.hasNote) checks.push((d) => hasNote(catalog, d));
  if (filters.orphaned) checks.push((d) => isOrphanedDoc(catalog, d));
  if (kind !== 'all') {
    const prefix = kind === 'clippings' ? 'c:' : 'n:';
    checks.push((d) => catalog.docKeys[d]!.startsWith(prefix));
  }
  if (checks.length === 0) return null;
  return (d) => checks.every((check) => check(d));
}
