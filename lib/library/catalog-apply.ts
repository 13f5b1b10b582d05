/**
 * Bringing the catalog up to date with an article's index entry: new docs are appended and
 * posted to the inverted index (when the catalog keeps one), changed or removed docs are
 * tombstoned, article fields are replaced. Applying the same entries in the same order gives the
 * same doc numbers, which is how the page and its search worker agree.
 */
import { ALIVE, HAS_NOTE, ORPHANED, isAlive, type Catalog } from './catalog';
import type { LibraryDoc, LibraryPageEntry } from './index-entry';

function post(catalog: Catalog, postings: Map<string, number[]>, tokens: string, id: number): void {
  if (!tokens || !catalog.indexed) return;
  for (const token of tokens.split(' ')) {
    const list = postings.get(token);
    if (list) {
      list.push(id);
      continue;
    }
    postings.set(token, [id]);
    if (postings === catalog.docPostings ? catalog.pagePostings.has(token) : catalog.docPostings.has(token))
      continue;
    const first = token[0] ?? '';
    const bucket = catalog.vocabulary.get(first);
    if (bucket) bucket.push(token);
    else catalog.vocabulary.set(first, [token]);
  }
}

function unpostPage(catalog: Catalog, tokens: string, id: number): void {
  for (const token of tokens ? tokens.split(' ') : []) {
    const list = catalog.pagePostings.get(token);
    if (list)
      catalog.pagePostings.set(
        token,
        list.filter((p) => p !== id),
      );
  }
}

function countTags(catalog: Catalog, tags: readonly string[], by: number): void {
  for (const tag of tags) {
    const n = (catalog.tagCounts.get(tag) ?? 0) + by;
    if (n > 0) catalog.tagCounts.set(tag, n);
    else catalog.tagCounts.delete(tag);
  }
}

function killDoc(catalog: Catalog, i: number): void {
  catalog.docFlags[i] = (catalog.docFlags[i] ?? 0) & ~ALIVE;
  catalog.docIndex.delete(catalog.docKeys[i] ?? '');
  countTags(catalog, catalog.docTags[i] ?? [], -1);
  catalog.alive--;
}

/** A 53-bit hash of `text` (cyrb53): equal tokens give equal hashes on the page and in the worker. */
export function hashTokens(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2_654_435_761);
    h2 = Math.imul(h2 ^ c, 1_597_334_677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return 4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0);
}

/** The hash of a doc's tokens: the one it carries when its tokens were left out. */
function tokenHashOf(doc: LibraryDoc): number {
  return doc.tokenHash ?? hashTokens(doc.tokens);
}

/**
 * An entry without its docs' tokens, each doc carrying their hash instead: what the search worker
 * sends the library page, whose catalog keeps no tokens. Applying it gives the page the same doc
 * numbers as the worker applying the whole entry.
 */
export function withoutTokens(entry: LibraryPageEntry): LibraryPageEntry {
  return { ...entry, docs: entry.docs.map((doc) => ({ ...doc, tokens: '', tokenHash: tokenHashOf(doc) })) };
}

/** Whether doc `i` is `doc` unchanged, decided from what both catalogs keep (not the tokens). */
function sameDoc(catalog: Catalog, i: number, doc: LibraryDoc): boolean {
  const flags = ALIVE | (doc.hasNote ? HAS_NOTE : 0) | (doc.orphaned ? ORPHANED : 0);
  return (
    catalog.docFlags[i] === flags &&
    catalog.docCreated[i] === doc.createdAtMs &&
    catalog.docTokenHash[i] === tokenHashOf(doc) &&
    catalog.docTags[i]?.join('\u0000') === doc.tags.join('\u0000')
  );
}

function addDoc(catalog: Catalog, doc: LibraryDoc, page: number): number {
  const i = catalog.docKeys.length;
  catalog.docKeys.push(doc.key);
  catalog.docPage.push(page);
  catalog.docCreated.push(doc.createdAtMs);
  catalog.docTags.push(doc.tags);
  catalog.docFlags.push(ALIVE | (doc.hasNote ? HAS_NOTE : 0) | (doc.orphaned ? ORPHANED : 0));
  catalog.docTokens.push(catalog.indexed ? doc.tokens : '');
  catalog.docTokenHash.push(tokenHashOf(doc));
  catalog.docIndex.set(doc.key, i);
  post(catalog, catalog.docPostings, doc.tokens, i);
  countTags(catalog, doc.tags, 1);
  catalog.alive++;
  return i;
}

function upsertPage(catalog: Catalog, entry: LibraryPageEntry): number {
  const known = catalog.pageIndex.get(entry.pageKey);
  const { pageKey, pageUrl, title, publisherDomain, publisherName, organizations, pageTokens } = entry;
  const fields = { pageKey, pageUrl, title, publisherDomain, publisherName, organizations, pageTokens };
  if (known === undefined) {
    const id = catalog.pages.push({ ...fields, docs: [] }) - 1;
    catalog.pageIndex.set(pageKey, id);
    post(catalog, catalog.pagePostings, pageTokens, id);
    return id;
  }
  const page = catalog.pages[known]!;
  if (page.pageTokens !== pageTokens) {
    unpostPage(catalog, page.pageTokens, known);
    post(catalog, catalog.pagePostings, pageTokens, known);
  }
  Object.assign(page, fields);
  return known;
}

/** Adds an article's index entry to the catalog, or brings the catalog up to date with it. */
export function applyEntry(catalog: Catalog, entry: LibraryPageEntry): void {
  const id = upsertPage(catalog, entry);
  const page = catalog.pages[id]!;
  const incoming = new Set(entry.docs.map((d) => d.key));
  for (const i of page.docs)
    if (!incoming.has(catalog.docKeys[i]!) && isAlive(catalog, i)) killDoc(catalog, i);
  page.docs = entry.docs.map((doc) => {
    const known = catalog.docIndex.get(doc.key);
    if (known !== undefined && catalog.docPage[known] === id && sameDoc(catalog, known, doc)) return known;
    if (known !== undefined) killDoc(catalog, known);
    return addDoc(catalog, doc, id);
  });
  catalog.version++;
}
