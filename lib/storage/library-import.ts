/**
 * The storage side of imports: reads what is stored under the candidates' keys (for the dry run)
 * and applies a plan in batches, one transaction per batch, all-or-nothing per batch. New records
 * are written with `add` (new clippings join their article's parts, and the unique `by-id` index
 * refuses an id stored meanwhile), so a record that appeared since the dry run is never
 * overwritten: the batch is re-checked record by record instead. Clippings are batched article by
 * article. Re-running an interrupted import plans again and skips what was already written, so it
 * converges to the same records.
 */
import { BACKUP_SECTIONS, type BackupSection } from '../library/backup-schema';
import { pageFieldsOfRecord } from '../library/index-entry';
import type { ImportCandidates } from '../library/import/candidates';
import { keyOf, type ExistingRecords, type ImportPlan } from '../library/import/plan';
import { PublisherProfileSchema, type PublisherProfile } from '../publishers/profile';
import type { Db } from './open';
import type { LibraryRecords } from './library-write';
import { isQuotaError, writeBatch } from './library-import-batch';
import { articleRange, getClippings } from './clipping-parts';
import type { Clipping } from './records';
import type { Durability } from './write-tx';

export const IMPORT_BATCH = 1000;
const IN_FLIGHT = 3;

/** Thrown when the browser refuses to store more: the failing batch wrote nothing. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/**
 * The stored clippings under the ids of `wanted`: first from the parts of the articles they name
 * (a part read once for all of its clippings), then by id for any stored under another article.
 */
async function readClippings(db: Db, wanted: readonly Clipping[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  if (wanted.length === 0) return out;
  const stored = new Set((await db.getAllKeys('clippingParts')).map(([pageKey]) => pageKey));
  if (stored.size === 0) return out;
  const ids = new Set(wanted.map((c) => c.id));
  const articles = [...new Set(wanted.map((c) => c.pageKey))].filter((k) => stored.has(k));
  for (let i = 0; i < articles.length; i += IMPORT_BATCH / 10) {
    const tx = db.transaction('clippingParts');
    const slice = articles.slice(i, i + IMPORT_BATCH / 10);
    for (const parts of await Promise.all(slice.map((k) => tx.store.getAll(articleRange(k)))))
      for (const part of parts)
        for (const clipping of part.clippings) if (ids.has(clipping.id)) out.set(clipping.id, clipping);
  }
  const elsewhere = [...ids].filter((id) => !out.has(id));
  for (let i = 0; i < elsewhere.length; i += IMPORT_BATCH) {
    const tx = db.transaction('clippingParts');
    for (const [id, clipping] of await getClippings(tx.store, elsewhere.slice(i, i + IMPORT_BATCH)))
      out.set(id, clipping);
  }
  return out;
}

async function readSection(
  db: Db,
  section: Exclude<BackupSection, 'clippings'>,
  keys: string[],
): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const stored = new Set((await db.getAllKeys(section)) as string[]);
  const wanted = [...new Set(keys)].filter((k) => stored.has(k));
  for (let i = 0; i < wanted.length; i += IMPORT_BATCH) {
    const tx = db.transaction(section);
    const slice = wanted.slice(i, i + IMPORT_BATCH);
    const rows = await Promise.all(slice.map((k) => tx.store.get(k)));
    rows.forEach((row, j) => row !== undefined && out.set(slice[j]!, row));
  }
  return out;
}

/** The stored records under the candidates' keys. */
export async function readExisting(db: Db, candidates: ImportCandidates): Promise<ExistingRecords> {
  const entries = await Promise.all(
    BACKUP_SECTIONS.map(
      async (s) =>
        [
          s,
          s === 'clippings'
            ? await readClippings(
                db,
                candidates.clippings.map((c) => c.record),
              )
            : await readSection(
                db,
                s,
                candidates[s].map((c) => keyOf(s, c.record)),
              ),
        ] as const,
    ),
  );
  return Object.fromEntries(entries) as unknown as ExistingRecords;
}

/** Stored publisher profiles of `domains` (damaged ones read as absent). */
export async function readProfiles(
  db: Db,
  domains: readonly string[],
): Promise<Map<string, PublisherProfile>> {
  const out = new Map<string, PublisherProfile>();
  for (const [domain, raw] of await readSection(db, 'publishers', [...domains])) {
    const parsed = PublisherProfileSchema.safeParse(raw);
    if (parsed.success) out.set(domain, parsed.data);
  }
  return out;
}

interface Batch {
  records: LibraryRecords;
  mode: 'add' | 'put';
  /** Articles this batch is the first to write docs for, and which had no entry and no parts. */
  fresh?: Set<string>;
}

const sizeOf = (b: Batch): number => BACKUP_SECTIONS.reduce((m, s) => m + b.records[s].length, 0);

/**
 * Clippings in slices of about `size`, article by article (in the order articles first appear):
 * an article's clippings share parts (./clipping-parts.ts), so a batch holding all of them writes
 * each part once. An article with more than `size` clippings is split.
 */
export function sliceByArticle(clippings: readonly Clipping[], size: number): Clipping[][] {
  const byPage = new Map<string, Clipping[]>();
  for (const c of clippings) {
    const list = byPage.get(c.pageKey);
    if (list) list.push(c);
    else byPage.set(c.pageKey, [c]);
  }
  const out: Clipping[][] = [];
  let current: Clipping[] = [];
  for (const list of byPage.values()) {
    if (current.length > 0 && current.length + list.length > size) {
      out.push(current);
      current = [];
    }
    for (let i = 0; i < list.length; i += size) {
      if (i > 0) {
        out.push(current);
        current = [];
      }
      current.push(...list.slice(i, i + size));
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

function toBatches(records: LibraryRecords, mode: 'add' | 'put'): Batch[] {
  const out: Batch[] = [];
  for (const section of BACKUP_SECTIONS) {
    const list = records[section] as unknown[];
    const slices: unknown[][] = [];
    if (section === 'clippings') slices.push(...sliceByArticle(records.clippings, IMPORT_BATCH));
    else for (let i = 0; i < list.length; i += IMPORT_BATCH) slices.push(list.slice(i, i + IMPORT_BATCH));
    for (const slice of slices) {
      const batch: LibraryRecords = { pages: [], publishers: [], notes: [], clippings: [] };
      (batch[section] as unknown[]) = slice;
      out.push({ records: batch, mode });
    }
  }
  return out;
}

/**
 * Marks, in each batch, the articles with neither an index entry nor clipping parts when the
 * import starts and that no earlier batch writes clippings or notes for: the batch adds their
 * entry and parts without reading them first (`WriteOptions.fresh`).
 */
async function markFresh(db: Db, batches: readonly Batch[]): Promise<void> {
  const [entries, parts] = await Promise.all([db.getAllKeys('libraryIndex'), db.getAllKeys('clippingParts')]);
  const taken = new Set<string>([...entries, ...parts.map(([pageKey]) => pageKey)]);
  for (const batch of batches) {
    const keys = [...batch.records.notes, ...batch.records.clippings].map((r) => r.pageKey);
    batch.fresh = new Set(keys.filter((k) => !taken.has(k)));
    for (const key of keys) taken.add(key);
  }
}

/** Applies a plan; `onProgress` gets records written so far. Throws `StorageFullError` on quota. */
export async function applyImportPlan(
  db: Db,
  plan: ImportPlan,
  nowMs: number,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  const pages = [...plan.writes.add.pages, ...plan.writes.update.pages];
  const known = new Map(pages.map((p) => [p.pageKey, pageFieldsOfRecord(p)] as const));
  const batches = [...toBatches(plan.writes.add, 'add'), ...toBatches(plan.writes.update, 'put')];
  await markFresh(db, batches);
  const total = batches.reduce((n, b) => n + sizeOf(b), 0);
  let written = 0;
  // Every batch but the last commits without waiting for the disk (atomic all the same); the
  // last one waits, and its flush carries the earlier ones with it, so a finished import is on
  // disk as a whole. A crash before that loses at most some batches, which importing the same
  // file again writes.
  const write = (batch: Batch, durability: Durability): Promise<void> =>
    writeBatch(db, batch.records, batch.mode, nowMs, known, durability, batch.fresh).catch(
      (error: unknown) => {
        // A key that appeared since the dry run (or since `markFresh`): redo this batch record by record.
        if ((error as Error | null)?.name === 'ConstraintError')
          return writeBatch(db, batch.records, 'put', nowMs, known, durability);
        throw error;
      },
    );
  // A few batches in flight: the database runs them in order, and the next one is queued the
  // moment the previous one commits.
  const inFlight: Promise<void>[] = [];
  let next = 0;
  try {
    for (let done = 0; done < batches.length; done++) {
      while (next < batches.length && inFlight.length < IN_FLIGHT) {
        const pending = write(batches[next]!, ++next === batches.length ? 'strict' : 'relaxed');
        pending.catch(() => undefined); // awaited in order below
        inFlight.push(pending);
      }
      await inFlight.shift();
      written += sizeOf(batches[done]!);
      onProgress(written, total);
    }
  } catch (error) {
    await Promise.allSettled(inFlight);
    if (isQuotaError(error)) {
      throw new StorageFullError(
        `Storage is full. ${written} records were imported; the batch that did not fit wrote nothing. Free some space and import the same file again: what is already imported is skipped.`,
      );
    }
    throw error;
  }
  return written;
}
