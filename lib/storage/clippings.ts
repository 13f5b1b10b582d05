/**
 * Clippings: highlighted passages with the reader's note and tags, stored in parts by article
 * (./clipping-parts.ts). Every write is validated and strictly durable, and updates the library's
 * search index in the same transaction; reads drop records that fail their schema instead of
 * crashing the page.
 */
import { ClippingSchema, type Clipping } from './records';
import type { Db } from './open';
import { toDocKey } from '../library/index-entry';
import { isPageRecordLike } from '../library/record-guards';
import {
  articleRange,
  clippingIn,
  getArticleClippings,
  partOf,
  placeClippings,
  withoutClippings,
  type ClippingPart,
  type PartStore,
  type WritablePartStore,
} from './clipping-parts';
import { unwrap } from 'idb';
import {
  CLIPPING_STORES,
  entryWithClipping,
  indexClippingInTx,
  pageFieldsOfStored,
  unindexDocInTx,
} from './library-index';
import type { LibraryPageFields } from '../library/index-entry';
import { openWriteTx } from './write-tx';
import { toPageKey } from '../urls';

/** What a clipping made in the page brings: the rest is copied from the stored article. */
export type ClippingDraft = Pick<Clipping, 'id' | 'pageUrl' | 'quote' | 'position' | 'note' | 'tags'>;

function openClippingTx(db: Db) {
  const tx = openWriteTx(db, CLIPPING_STORES);
  const stores = { index: tx.objectStore('libraryIndex'), pages: tx.objectStore('pages') };
  return { tx, store: tx.objectStore('clippingParts'), stores };
}

/** The last part of an article (the one a new clipping joins), or undefined. */
async function lastPartOf(store: PartStore, pageKey: string): Promise<ClippingPart | undefined> {
  return (await store.openCursor(articleRange(pageKey), 'prev'))?.value;
}

/**
 * Writes `clipping` (validated) where it belongs: in place of the stored clipping with its id
 * (`holder`, the part holding it), else in its article's last part. Resolves once written.
 */
async function placeClipping(
  store: WritablePartStore,
  clipping: Clipping,
  holder: ClippingPart | undefined,
): Promise<void> {
  const sameArticle = holder?.pageKey === clipping.pageKey;
  const last = sameArticle ? undefined : await lastPartOf(store, clipping.pageKey);
  const writes = placeClippings(
    [clipping],
    new Map([[clipping.id, holder]]),
    new Map([[clipping.pageKey, last]]),
  );
  for (const key of writes.deletes) await store.delete(key);
  for (const part of writes.puts) await store.put(part);
}

/** Clippings of one article, in reading order when positions are known, else oldest first. */
export async function listClippings(db: Db, pageKey: string): Promise<Clipping[]> {
  const rows: unknown[] = await getArticleClippings(db.transaction('clippingParts').store, pageKey);
  return rows
    .map((row) => ClippingSchema.safeParse(row))
    .flatMap((r) => (r.success ? [r.data] : []))
    .sort(
      (a, b) =>
        (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity) || a.createdAtMs - b.createdAtMs,
    );
}

/** Stores a new clipping (or replaces one with the same id, e.g. undoing a delete) and indexes it. */
export async function putClipping(db: Db, clipping: Clipping, nowMs = Date.now()): Promise<Clipping> {
  const parsed = ClippingSchema.parse(clipping);
  const { tx, store, stores } = openClippingTx(db);
  const holder = await partOf(store, parsed.id);
  if (holder && holder.pageKey !== parsed.pageKey) {
    await unindexDocInTx(stores.index, holder.pageKey, toDocKey('clipping', parsed.id), nowMs);
  }
  await placeClipping(store, parsed, holder);
  await indexClippingInTx(stores, parsed, nowMs);
  await tx.done;
  return parsed;
}

/**
 * Saves a clipping made on the stored article seen at `draft.pageUrl`, in one transaction: finds
 * the article, copies its title, publisher and text hash, adds the clipping (never replacing one)
 * and indexes it. Reads the article with a shape check of the fields it copies, not the full page
 * schema (the record was validated when it was written): this is the in-page Save button's path,
 * where every millisecond is the reader's. `known`, what the caller read of the article a moment
 * ago (when the page's UI loaded it), spares reading the whole record again: the transaction only
 * checks that it is still there. Null when no article is stored under that URL.
 */
export async function addClippingToPage(
  db: Db,
  draft: ClippingDraft,
  nowMs: number,
  known?: ArticleSnapshot | null,
): Promise<Clipping | null> {
  const { tx, store, stores } = openClippingTx(db);
  // Every request costs a round trip to the browser's storage process, so the reads go out at once,
  // for the key the article most likely has (the URL itself), and so do the writes, with the
  // commit right behind them: two round trips where one request after the other took seven.
  const guess = known?.source.pageKey ?? toPageKey(draft.pageUrl);
  const reads = (pageKey: string) => ({ last: lastPartOf(store, pageKey), entry: stores.index.get(pageKey) });
  let ahead = reads(guess);
  // A key count reads no record: the article's (140 KB for 5,000 words) took 1-2 ms to arrive.
  let article = known && (await stores.pages.count(guess)) > 0 ? known : null;
  // Else it was seen under another URL (tracking parameters, AMP).
  article ??= snapshotOf((await stores.pages.get(guess)) ?? (await stores.pages.index('by-url').get(guess)));
  if (!article) {
    await Promise.allSettled([ahead.last, ahead.entry]);
    tx.abort();
    return null;
  }
  const { source, fields } = article;
  if (source.pageKey !== guess) {
    await Promise.allSettled([ahead.last, ahead.entry]);
    ahead = reads(source.pageKey);
  }
  const clipping = ClippingSchema.parse({ ...draft, ...source, createdAtMs: nowMs, updatedAtMs: nowMs });
  const [last, entry] = await Promise.all([ahead.last, ahead.entry]);
  // Never replaces: an id stored in another part makes the write fail (unique index `by-id`).
  const writes = placeClippings([clipping], new Map(), new Map([[clipping.pageKey, last]]), 'add');
  let written: Promise<unknown>[];
  try {
    written = [
      ...writes.puts.map((part) => store.put(part)),
      stores.index.put(entryWithClipping(entry, clipping, fields, nowMs)),
    ];
  } catch (error) {
    tx.abort(); // a write refused at once: none of them may be committed without the others
    throw error;
  }
  // Commit now rather than once the writes' answers are back here: one round trip less.
  unwrap(tx).commit();
  await Promise.all([...written, tx.done]);
  return clipping;
}

type ClipSource = Pick<
  Clipping,
  'pageKey' | 'canonicalUrl' | 'title' | 'publisherDomain' | 'publisherName' | 'textHash'
>;

/** What a clipping copies from its stored article, and the article's fields for the library. */
export interface ArticleSnapshot {
  source: ClipSource;
  fields: LibraryPageFields;
}

/** The snapshot of a stored article record, or null when `page` is not one. */
export function snapshotOf(page: unknown): ArticleSnapshot | null {
  const source = clipSourceOf(page);
  const fields = source && pageFieldsOfStored(page);
  return source && fields ? { source, fields } : null;
}

/** The fields a clipping copies from its stored article, or null when `page` is not one. */
function clipSourceOf(page: unknown): ClipSource | null {
  if (!isPageRecordLike(page) || typeof page.contentHash !== 'string') return null;
  const { article, publisher } = page.context;
  if (!article) return null;
  return {
    pageKey: page.pageKey,
    canonicalUrl: typeof article.canonicalUrl === 'string' ? article.canonicalUrl : null,
    title: article.title,
    publisherDomain: page.publisherDomain,
    publisherName: publisher.name ?? null,
    textHash: page.contentHash,
  };
}

/** Edits a clipping's note, tags or anchor; returns null when it no longer exists. */
export async function updateClipping(
  db: Db,
  id: string,
  patch: Partial<Pick<Clipping, 'note' | 'tags' | 'quote' | 'position' | 'textHash'>>,
  nowMs: number,
): Promise<Clipping | null> {
  const { tx, store, stores } = openClippingTx(db);
  const holder = await partOf(store, id);
  const existing = clippingIn(holder, id);
  if (!holder || !existing) {
    await tx.done;
    return null;
  }
  const next = ClippingSchema.parse({ ...existing, ...patch, updatedAtMs: nowMs });
  await placeClipping(store, next, holder);
  await indexClippingInTx(stores, next, nowMs);
  await tx.done;
  return next;
}

/** Deletes a clipping and returns it, so the caller can offer undo (`putClipping` puts it back). */
export async function deleteClipping(db: Db, id: string, nowMs = Date.now()): Promise<Clipping | null> {
  const { tx, store, stores } = openClippingTx(db);
  const holder = await partOf(store, id);
  const existing = clippingIn(holder, id);
  if (holder && existing) {
    const rest = withoutClippings(holder, new Set([id]));
    if (rest) await store.put(rest);
    else await store.delete([holder.pageKey, holder.part]);
    await unindexDocInTx(stores.index, holder.pageKey, toDocKey('clipping', id), nowMs);
  }
  await tx.done;
  return existing ?? null;
}

/**
 * Every tag in use (for autocomplete), most used first: by the number of article parts using it
 * (./clipping-parts.ts), which for articles under 50 clippings is the number of articles. Walks
 * unique index keys only.
 */
export async function listTags(db: Db, limit = 200): Promise<string[]> {
  const index = db.transaction('clippingParts').store.index('by-tag');
  const counts: [string, number][] = [];
  let cursor = await index.openKeyCursor(null, 'nextunique');
  while (cursor && counts.length < 5_000) {
    counts.push([String(cursor.key), 0]);
    cursor = await cursor.continue();
  }
  for (const entry of counts) entry[1] = await index.count(entry[0]);
  return counts
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([t]) => t);
}

/** Puts a deleted clipping back exactly as it was (undo); the search index follows. */
export function restoreClipping(db: Db, clipping: Clipping, nowMs = Date.now()): Promise<Clipping> {
  return putClipping(db, clipping, nowMs);
}
