/**
 * The storage side of exports: an `ExportSource` over the whole database (each store streamed in
 * key order, `EXPORT_BATCH` records per short read transaction; clippings article by article, as
 * their parts are stored) or over a selection of clippings and notes (with the articles and
 * publishers they refer to).
 */
import type { BackupSection } from '../library/backup-schema';
import type { ExportSource } from '../library/export/run-export';
import { parseDocKey } from '../library/index-entry';
import { PageRecordSchema, type PageRecord } from './records';
import type { Db } from './open';
import { getClipping, PART_MAX_CLIPPINGS } from './clipping-parts';
import { countClippings } from './library-read';

export const EXPORT_BATCH = 1_000;

type StoreName = Exclude<BackupSection, 'clippings'> | 'clippingParts';
const storeOf = (section: BackupSection): StoreName => (section === 'clippings' ? 'clippingParts' : section);

async function readBatch(db: Db, store: StoreName, after: IDBValidKey | null, batch: number) {
  const tx = db.transaction(store);
  const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
  const [rows, keys]: [unknown[], IDBValidKey[]] = await Promise.all([
    tx.store.getAll(range, batch),
    tx.store.getAllKeys(range, batch),
  ]);
  return { rows, last: keys[keys.length - 1] ?? null };
}

/**
 * Calls `onBatch` with every record of `section`, in key order (clippings: by article, then as
 * stored in its parts), about `batch` at a time. The next batch is read while `onBatch` works on
 * the current one.
 */
export async function streamStore(
  db: Db,
  section: BackupSection,
  onBatch: (records: unknown[]) => void | Promise<void>,
  batch = EXPORT_BATCH,
): Promise<void> {
  const store = storeOf(section);
  // Parts are read a batch of parts at a time, each holding up to PART_MAX_CLIPPINGS records.
  const count = store === 'clippingParts' ? Math.max(1, Math.ceil(batch / (PART_MAX_CLIPPINGS / 2))) : batch;
  const records = (rows: unknown[]): unknown[] =>
    store === 'clippingParts' ? rows.flatMap((p) => (p as { clippings: unknown[] }).clippings) : rows;
  let next: ReturnType<typeof readBatch> | null = readBatch(db, store, null, count);
  while (next) {
    const { rows, last }: { rows: unknown[]; last: IDBValidKey | null } = await next;
    if (rows.length === 0) return;
    next = rows.length < count ? null : readBatch(db, store, last, count);
    next?.catch(() => undefined); // awaited on the next turn
    await onBatch(records(rows));
  }
}

async function getPages(db: Db, pageKeys: readonly string[]): Promise<Map<string, PageRecord>> {
  const tx = db.transaction('pages');
  const rows = await Promise.all(pageKeys.map((k) => tx.store.get(k)));
  const out = new Map<string, PageRecord>();
  for (const row of rows) {
    const parsed = PageRecordSchema.safeParse(row);
    if (parsed.success) out.set(parsed.data.pageKey, parsed.data);
  }
  return out;
}

/** Every record of the database. */
function wholeDatabase(db: Db): ExportSource {
  return {
    count: (section) => (section === 'clippings' ? countClippings(db) : db.count(section)),
    stream: (section, onBatch) => streamStore(db, section, onBatch),
    getPages: (keys) => getPages(db, keys),
  };
}

async function loadSelection(db: Db, docKeys: readonly string[]): Promise<Record<BackupSection, unknown[]>> {
  const out: Record<BackupSection, unknown[]> = { pages: [], publishers: [], notes: [], clippings: [] };
  const pageKeys = new Set<string>();
  const domains = new Set<string>();
  for (let i = 0; i < docKeys.length; i += EXPORT_BATCH) {
    const tx = db.transaction(['clippingParts', 'notes']);
    for (const key of docKeys.slice(i, i + EXPORT_BATCH)) {
      const ref = parseDocKey(key);
      if (!ref) continue;
      const section = ref.kind === 'clipping' ? 'clippings' : 'notes';
      const row = (
        ref.kind === 'clipping'
          ? await getClipping(tx.objectStore('clippingParts'), ref.id)
          : await tx.objectStore('notes').get(ref.id)
      ) as { pageKey?: unknown; publisherDomain?: unknown } | undefined;
      if (!row) continue;
      out[section].push(row);
      if (typeof row.pageKey === 'string') pageKeys.add(row.pageKey);
      if (typeof row.publisherDomain === 'string') domains.add(row.publisherDomain);
    }
  }
  const keys = [...pageKeys];
  for (let i = 0; i < keys.length; i += EXPORT_BATCH) {
    const tx = db.transaction('pages');
    for (const row of await Promise.all(keys.slice(i, i + EXPORT_BATCH).map((k) => tx.store.get(k)))) {
      if (!row) continue;
      out.pages.push(row);
      domains.add(row.publisherDomain);
    }
  }
  const tx = db.transaction('publishers');
  const profiles = await Promise.all([...domains].map((d) => tx.store.get(d)));
  out.publishers = profiles.filter((p) => p !== undefined);
  return out;
}

/** The selected clippings and notes (doc keys), the articles they are on and those publishers. */
function selection(db: Db, docKeys: readonly string[]): ExportSource {
  let loaded: Promise<Record<BackupSection, unknown[]>> | null = null;
  const load = () => (loaded ??= loadSelection(db, docKeys));
  return {
    count: async (section) => (await load())[section].length,
    stream: async (section, onBatch) => {
      const rows = (await load())[section];
      for (let i = 0; i < rows.length; i += EXPORT_BATCH) await onBatch(rows.slice(i, i + EXPORT_BATCH));
    },
    getPages: (keys) => getPages(db, keys),
  };
}

/** The export source for everything (`docKeys` null) or for the selected docs. */
export function createExportSource(db: Db, docKeys: readonly string[] | null): ExportSource {
  return docKeys === null ? wholeDatabase(db) : selection(db, docKeys);
}
