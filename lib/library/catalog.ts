/**
 * The library's in-memory catalog: every clipping and note as a few numbers and short strings,
 * plus an inverted index (token -> docs, token -> articles) built from the stored index entries as
 * they stream in. Searching 100,000 clippings then costs a few milliseconds of array walks
 * instead of an IndexedDB scan. Docs changed later are tombstoned and appended, never moved.
 */

/** Bits of `docFlags`. */
export const ALIVE = 1;
export const HAS_NOTE = 2;
export const ORPHANED = 4;

export interface CatalogPage {
  pageKey: string;
  pageUrl: string | null;
  title: string;
  publisherDomain: string;
  publisherName: string | null;
  organizations: string[];
  pageTokens: string;
  /** Indices of this article's live docs. */
  docs: number[];
}

export interface Catalog {
  pages: CatalogPage[];
  pageIndex: Map<string, number>;
  docKeys: string[];
  docPage: number[];
  docCreated: number[];
  docTags: string[][];
  docFlags: number[];
  docTokens: string[];
  /**
   * A hash of each doc's tokens, kept on both sides (the page's catalog keeps no tokens): whether
   * a doc changed must be decided the same way by the page and its search worker, or their doc
   * numbers part.
   */
  docTokenHash: number[];
  docIndex: Map<string, number>;
  docPostings: Map<string, number[]>;
  pagePostings: Map<string, number[]>;
  /** Every token, bucketed by its first character (prefix search walks one bucket). */
  vocabulary: Map<string, string[]>;
  /** Live docs carrying each tag (kept as docs come and go, so facets never walk every doc). */
  tagCounts: Map<string, number>;
  alive: number;
  /**
   * Whether this catalog keeps the inverted index. The library page keeps a catalog without it
   * (sorting, filtering, display) and a worker keeps the one with it (matching), so building
   * 3 million postings never blocks the page.
   */
  indexed: boolean;
  /** Bumped on every change, so caches (orders, facets) know when to recompute. */
  version: number;
}

/** An empty catalog. */
export function createCatalog(options: { indexed?: boolean } = {}): Catalog {
  return {
    pages: [],
    pageIndex: new Map(),
    docKeys: [],
    docPage: [],
    docCreated: [],
    docTags: [],
    docFlags: [],
    docTokens: [],
    docTokenHash: [],
    docIndex: new Map(),
    docPostings: new Map(),
    pagePostings: new Map(),
    vocabulary: new Map(),
    tagCounts: new Map(),
    alive: 0,
    indexed: options.indexed ?? true,
    version: 0,
  };
}

/** Whether doc `i` still exists. */
export function isAlive(catalog: Catalog, i: number): boolean {
  return ((catalog.docFlags[i] ?? 0) & ALIVE) !== 0;
}
/** Whether doc `i` has a non-empty note. */
export function hasNote(catalog: Catalog, i: number): boolean {
  return ((catalog.docFlags[i] ?? 0) & HAS_NOTE) !== 0;
}
/** Whether doc `i` is an orphaned clipping. */
export function isOrphanedDoc(catalog: Catalog, i: number): boolean {
  return ((catalog.docFlags[i] ?? 0) & ORPHANED) !== 0;
}
