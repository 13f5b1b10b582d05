/**
 * How clippings are stored (schema v4): grouped by article, in "parts" of a few dozen clippings
 * (store `clippingParts`, key `[pageKey, part]`), not one record each. IndexedDB pays per record
 * far more than per byte: in Chromium, writing 100,000 clippings as 100,000 records took 8-13 s,
 * the same clippings as 5,000 parts 2-3 s (4-5 s with the two indexes below). A part lists its
 * clippings' ids (unique multiEntry index `by-id`: finds any clipping's part, and refuses an id
 * stored twice, as the old key did) and their tags (multiEntry index `by-tag`).
 * The placement rules here are pure; the stores are the caller's.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Clipping } from './records';
import type { SourceContextDb } from './schema';

export interface ClippingPart {
  pageKey: string;
  /** The article's parts are numbered 0, 1, ...: a clipping joins the highest while it has room. */
  part: number;
  /** The clippings' ids (index `by-id`). */
  ids: string[];
  /** The clippings' tags, each once (index `by-tag`). */
  tags: string[];
  /**
   * As written, each validated then; read back through a schema or a shape check, since a part
   * moved from an older version may hold a record that fails today's schema.
   */
  clippings: Clipping[];
}

export type PartKey = [pageKey: string, part: number];

/** A part takes no more clippings than this... */
export const PART_MAX_CLIPPINGS = 50;
/**
 * ...nor more text than this (UTF-16 code units, estimated): Chromium stores values over 64 KB as
 * blobs, outside its database, and a save rewrites the whole part.
 */
export const PART_MAX_CHARS = 24_000;

/** Every part of one article, in key order (for `IDBObjectStore.getAll`). */
export function articleRange(pageKey: string): IDBKeyRange {
  return IDBKeyRange.bound([pageKey, -Infinity], [pageKey, Infinity]);
}

const textLength = (v: unknown): number => (typeof v === 'string' ? v.length : 0);

/** About how much text a clipping holds (shape-checked: stored records are read back as unknown). */
export function clippingChars(clipping: unknown): number {
  const c = clipping as Partial<Record<keyof Clipping, unknown>> | null;
  const quote = (c?.quote ?? null) as Partial<Record<'exact' | 'prefix' | 'suffix', unknown>> | null;
  const tags = Array.isArray(c?.tags) ? (c.tags as unknown[]) : [];
  return (
    200 +
    textLength(c?.id) +
    textLength(c?.pageKey) +
    textLength(c?.pageUrl) +
    textLength(c?.canonicalUrl) +
    textLength(c?.title) +
    textLength(c?.publisherDomain) +
    textLength(c?.publisherName) +
    textLength(c?.textHash) +
    textLength(c?.note) +
    textLength(quote?.exact) +
    textLength(quote?.prefix) +
    textLength(quote?.suffix) +
    tags.reduce<number>((n, t) => n + textLength(t), 0)
  );
}

const idOf = (clipping: unknown): unknown => (clipping as { id?: unknown } | null)?.id;

/** A part holding `clippings`, its `ids` and `tags` derived from them. */
export function makePart(pageKey: string, part: number, clippings: Clipping[]): ClippingPart {
  const ids: string[] = [];
  const tags = new Set<string>();
  for (const c of clippings) {
    const id = idOf(c);
    if (typeof id === 'string') ids.push(id);
    const list = (c as { tags?: unknown } | null)?.tags;
    if (Array.isArray(list)) for (const t of list) if (typeof t === 'string') tags.add(t);
  }
  return { pageKey, part, ids, tags: [...tags], clippings };
}

/** The clipping with `id` in `part`, if it is there. */
export function clippingIn(part: ClippingPart | undefined, id: string): Clipping | undefined {
  return part?.clippings.find((c) => idOf(c) === id);
}

const keyText = (pageKey: string, part: number): string => `${part}\u0000${pageKey}`;

interface Working {
  pageKey: string;
  part: number;
  clippings: Clipping[];
  chars: number;
  /** Stored before this write (an emptied one is deleted; a new empty one is not written). */
  stored: boolean;
  /** Lost a clipping to another part: written first, so `by-id` never sees an id twice. */
  lost: boolean;
  changed: boolean;
}

/** What placing clippings changes: parts to delete (emptied) and parts to write, in that order. */
export interface PartWrites {
  deletes: PartKey[];
  puts: ClippingPart[];
}

/** Thrown by `placeClippings` in "add" mode for an id already stored: the write must not happen. */
export function idExists(id: string): DOMException {
  return new DOMException(`A clipping with id "${id.slice(0, 64)}" is already stored.`, 'ConstraintError');
}

/**
 * Places `clippings` (each already validated) into parts. A clipping whose id is stored
 * (`holders`: the part holding each id, as read in the transaction; the parts in `lastParts` count
 * too) is replaced where it is, or in "add" mode makes it throw `idExists`; a new one, or one that
 * moved to another article, joins the article's last part (`lastParts`: the highest-numbered part
 * of each article, as read) while that has room, else a new part. Later clippings with the same
 * id replace earlier ones.
 */
export function placeClippings(
  clippings: readonly Clipping[],
  holders: ReadonlyMap<string, ClippingPart | undefined>,
  lastParts: ReadonlyMap<string, ClippingPart | undefined>,
  mode: 'put' | 'add' = 'put',
): PartWrites {
  const work = new Map<string, Working>();
  const holderOf = new Map<string, Working>();
  const lastOf = new Map<string, Working | null>();
  const open = (stored: ClippingPart): Working => {
    const key = keyText(stored.pageKey, stored.part);
    let w = work.get(key);
    if (!w) {
      const list = [...stored.clippings];
      const chars = list.reduce((n, c) => n + clippingChars(c), 0);
      w = {
        pageKey: stored.pageKey,
        part: stored.part,
        clippings: list,
        chars,
        stored: true,
        lost: false,
        changed: false,
      };
      work.set(key, w);
      for (const c of list) {
        const id = idOf(c);
        if (typeof id === 'string' && !holderOf.has(id)) holderOf.set(id, w);
      }
    }
    return w;
  };
  const placed = new Set<string>();
  const lastPartOf = (pageKey: string): Working | null => {
    if (!lastOf.has(pageKey)) {
      const stored = lastParts.get(pageKey);
      lastOf.set(pageKey, stored ? open(stored) : null);
    }
    return lastOf.get(pageKey)!;
  };
  for (const clipping of clippings) {
    const chars = clippingChars(clipping);
    const stored = holders.get(clipping.id);
    if (stored) open(stored);
    lastPartOf(clipping.pageKey);
    const held = holderOf.get(clipping.id);
    if (held && mode === 'add' && !placed.has(clipping.id)) throw idExists(clipping.id);
    placed.add(clipping.id);
    if (held) {
      const at = held.clippings.findIndex((c) => idOf(c) === clipping.id);
      if (held.pageKey === clipping.pageKey) {
        held.chars += chars - clippingChars(held.clippings[at]);
        held.clippings[at] = clipping;
        held.changed = true;
        holderOf.set(clipping.id, held);
        continue;
      }
      held.chars -= clippingChars(held.clippings[at]);
      held.clippings.splice(at, 1);
      held.changed = held.lost = true;
    }
    let target = lastOf.get(clipping.pageKey)!;
    if (
      !target ||
      (target.clippings.length > 0 &&
        (target.clippings.length >= PART_MAX_CLIPPINGS || target.chars + chars > PART_MAX_CHARS))
    ) {
      const part = target ? target.part + 1 : 0;
      target = {
        pageKey: clipping.pageKey,
        part,
        clippings: [],
        chars: 0,
        stored: false,
        lost: false,
        changed: true,
      };
      work.set(keyText(target.pageKey, part), target);
      lastOf.set(clipping.pageKey, target);
    }
    target.clippings.push(clipping);
    target.chars += chars;
    target.changed = true;
    holderOf.set(clipping.id, target);
  }
  const out: PartWrites = { deletes: [], puts: [] };
  const changed = [...work.values()].filter((w) => w.changed);
  for (const w of [...changed.filter((x) => x.lost), ...changed.filter((x) => !x.lost)]) {
    if (w.clippings.length > 0) out.puts.push(makePart(w.pageKey, w.part, w.clippings));
    else if (w.stored) out.deletes.push([w.pageKey, w.part]);
  }
  return out;
}

/** The part without the clippings in `ids`: null when nothing is left (delete it). */
export function withoutClippings(part: ClippingPart, ids: ReadonlySet<string>): ClippingPart | null {
  const kept = part.clippings.filter((c) => !ids.has(idOf(c) as string));
  return kept.length > 0 ? makePart(part.pageKey, part.part, kept) : null;
}

/**
 * Groups raw clipping records (an older version's store) into parts, in the order given: the v4
 * migration. Records are kept as they are, even ones failing today's schema; one without a string
 * `pageKey` goes with the other such records under the page key "".
 */
export function groupIntoParts(records: readonly unknown[]): ClippingPart[] {
  const byPage = new Map<string, Clipping[]>();
  for (const record of records) {
    const pageKey = (record as { pageKey?: unknown } | null)?.pageKey;
    const key = typeof pageKey === 'string' ? pageKey : '';
    const list = byPage.get(key);
    if (list) list.push(record as Clipping);
    else byPage.set(key, [record as Clipping]);
  }
  const parts: ClippingPart[] = [];
  for (const [pageKey, list] of byPage) {
    let current: Clipping[] = [];
    let chars = 0;
    let part = 0;
    for (const record of list) {
      const size = clippingChars(record);
      if (current.length > 0 && (current.length >= PART_MAX_CLIPPINGS || chars + size > PART_MAX_CHARS)) {
        parts.push(makePart(pageKey, part++, current));
        current = [];
        chars = 0;
      }
      current.push(record);
      chars += size;
    }
    parts.push(makePart(pageKey, part, current));
  }
  return parts;
}

type AnyStores = ArrayLike<StoreNames<SourceContextDb>>;
/** The parts store in any transaction that covers it. */
export type PartStore = IDBPObjectStore<
  SourceContextDb,
  AnyStores,
  'clippingParts',
  'readonly' | 'readwrite' | 'versionchange'
>;

/** The parts store in a write transaction. */
export type WritablePartStore = IDBPObjectStore<SourceContextDb, AnyStores, 'clippingParts', 'readwrite'>;

/** The part holding the clipping `id`, or undefined. */
export function partOf(store: PartStore, id: string): Promise<ClippingPart | undefined> {
  return store.index('by-id').get(id);
}

/** The clipping stored under `id` (as stored, unchecked), or undefined. */
export async function getClipping(store: PartStore, id: string): Promise<Clipping | undefined> {
  return clippingIn(await partOf(store, id), id);
}

/** The clippings stored under `ids` (as stored, unchecked), by id; absent ids are left out. */
export async function getClippings(store: PartStore, ids: readonly string[]): Promise<Map<string, Clipping>> {
  const parts = await Promise.all(ids.map((id) => partOf(store, id)));
  const out = new Map<string, Clipping>();
  ids.forEach((id, i) => {
    const found = clippingIn(parts[i], id);
    if (found !== undefined) out.set(id, found);
  });
  return out;
}

/** Every clipping of one article, as stored (unchecked), in part order. */
export async function getArticleClippings(store: PartStore, pageKey: string): Promise<Clipping[]> {
  return (await store.getAll(articleRange(pageKey))).flatMap((p) => p.clippings);
}
