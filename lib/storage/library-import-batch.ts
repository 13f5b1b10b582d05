/**
 * One import batch: a single transaction that writes all of its records or none.
 * New records go in with `add` (never replacing anything); otherwise each record is re-read in the
 * transaction and written only if it is new or newer than what is stored now.
 */
import { BACKUP_SECTIONS } from '../library/backup-schema';
import type { LibraryPageFields } from '../library/index-entry';
import { isSameRecord, keyOf } from '../library/import/plan';
import type { Db } from './open';
import { getClipping } from './clipping-parts';
import { LIBRARY_STORES, putLibraryRecordsInTx, type LibraryRecords, type LibraryTx } from './library-write';
import { openWriteTx, whenFinished, type Durability } from './write-tx';

/** Keeps only records that are new or newer than what is stored now (the careful path). */
async function recheck(tx: LibraryTx, records: LibraryRecords): Promise<LibraryRecords> {
  const out: LibraryRecords = { pages: [], publishers: [], notes: [], clippings: [] };
  const time = (r: unknown): number => {
    const t = r as { updatedAtMs?: number; lastSeenAtMs?: number };
    return t.updatedAtMs ?? t.lastSeenAtMs ?? 0;
  };
  for (const section of BACKUP_SECTIONS) {
    const list = records[section] as unknown[];
    const stored: unknown[] =
      section === 'clippings'
        ? await Promise.all(list.map((r) => getClipping(tx.objectStore('clippingParts'), keyOf(section, r))))
        : await Promise.all(list.map((r) => tx.objectStore(section).get(keyOf(section, r))));
    list.forEach((record, i) => {
      const old = stored[i];
      if (old === undefined || (!isSameRecord(old, record) && time(record) > time(old)))
        (out[section] as unknown[]).push(record);
    });
  }
  return out;
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(String((error as Error | null)?.message ?? ''));
}

/**
 * Writes one batch in one transaction. `durability` "relaxed" lets the commit return before the
 * disk has it; the import's last batch is strict, which flushes every earlier one too. `fresh`:
 * articles known to have no index entry and no clipping parts (see `WriteOptions`).
 */
export async function writeBatch(
  db: Db,
  batch: LibraryRecords,
  mode: 'add' | 'put',
  nowMs: number,
  known: ReadonlyMap<string, LibraryPageFields>,
  durability: Durability = 'strict',
  fresh?: ReadonlySet<string>,
): Promise<void> {
  const tx = openWriteTx(db, LIBRARY_STORES, durability);
  const finished = whenFinished(tx);
  let failure: unknown = null;
  try {
    const records = mode === 'add' ? batch : await recheck(tx, batch);
    await putLibraryRecordsInTx(tx, records, nowMs, { mode, knownPages: known, commit: true, fresh });
  } catch (error) {
    failure = error;
    try {
      tx.abort();
    } catch {
      // already aborted
    }
  }
  const txError = await finished;
  // A request's own error (ConstraintError) says more than the abort it caused; quota errors
  // surface on the transaction.
  if (failure && (failure as Error).name !== 'AbortError') throw failure;
  if (txError || failure) throw txError ?? failure;
}
