/**
 * The dry run: compares import candidates with what is stored and decides, per record, add
 * (new), update (the file's copy is newer), duplicate (identical, or already earlier in the
 * file) or kept (the stored copy is newer or as new: the reader's data is never overwritten by an
 * older copy). Nothing is written here; `writes` is what applying the plan would write.
 */
import type { LibraryRecords } from '../../storage/library-write';
import { BACKUP_SECTIONS, type BackupSection } from '../backup-schema';
import type { ImportCandidates, Rejection } from './candidates';
import type { ImportKind } from './read-import';

export type Decision = 'add' | 'update' | 'duplicate' | 'kept';
export type Tally = Record<Decision, number>;

export interface ImportPlan {
  kind: ImportKind;
  tallies: Record<BackupSection, Tally>;
  rejected: Rejection[];
  /** New records (written with `add`, which never replaces) and newer copies (replace). */
  writes: { add: LibraryRecords; update: LibraryRecords };
}

/** Stored records for the candidates' keys, by section (absent = not stored). */
export type ExistingRecords = Record<BackupSection, ReadonlyMap<string, unknown>>;

/** The key a record is stored under. */
export function keyOf(section: BackupSection, record: unknown): string {
  const r = record as { pageKey?: string; domain?: string; id?: string };
  return (section === 'pages' ? r.pageKey : section === 'publishers' ? r.domain : r.id) ?? '';
}

function timeOf(section: BackupSection, record: unknown): number {
  const r = record as { lastSeenAtMs?: unknown; updatedAtMs?: unknown } | undefined;
  const t = section === 'pages' ? r?.lastSeenAtMs : r?.updatedAtMs;
  return typeof t === 'number' ? t : 0;
}

/** Structural equality of two JSON-like values (key order ignored). */
export function isSameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => isSameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** An empty set of records. */
export function emptyRecords(): LibraryRecords {
  return { pages: [], publishers: [], notes: [], clippings: [] };
}

/** An empty tally per section. */
export function emptyTallies(): Record<BackupSection, Tally> {
  const tally = (): Tally => ({ add: 0, update: 0, duplicate: 0, kept: 0 });
  return { pages: tally(), publishers: tally(), notes: tally(), clippings: tally() };
}

/** Decides every candidate against `existing`. */
export function planImport(
  kind: ImportKind,
  candidates: ImportCandidates,
  existing: ExistingRecords,
): ImportPlan {
  const plan: ImportPlan = {
    kind,
    tallies: emptyTallies(),
    rejected: candidates.rejected,
    writes: { add: emptyRecords(), update: emptyRecords() },
  };
  for (const section of BACKUP_SECTIONS) {
    const seen = new Set<string>();
    for (const { record } of candidates[section]) {
      const key = keyOf(section, record);
      const stored = existing[section].get(key);
      let decision: Decision;
      if (seen.has(key)) decision = 'duplicate';
      else if (stored === undefined) decision = 'add';
      else if (isSameRecord(stored, record)) decision = 'duplicate';
      else decision = timeOf(section, record) > timeOf(section, stored) ? 'update' : 'kept';
      seen.add(key);
      plan.tallies[section][decision]++;
      if (decision === 'add' || decision === 'update')
        (plan.writes[decision][section] as unknown[]).push(record);
    }
  }
  // Clippings grouped by article: each write batch then touches few search index entries.
  for (const records of [plan.writes.add, plan.writes.update]) {
    records.clippings.sort((a, b) => (a.pageKey < b.pageKey ? -1 : a.pageKey > b.pageKey ? 1 : 0));
  }
  return plan;
}
