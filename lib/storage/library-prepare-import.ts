/**
 * The dry run of an import, from file text to a plan: guard and parse the JSON, recognise and
 * validate the file, and compare it with what is stored. Nothing is written; the plan's summary is
 * what the library shows before the reader confirms.
 */
import type { BackupSection } from '../library/backup-schema';
import { countCandidates, type Rejection } from '../library/import/candidates';
import { parseImportJson } from '../library/import/guard';
import { listPackDomains, planPack } from '../library/import/plan-pack';
import { planImport, type ImportPlan, type Tally } from '../library/import/plan';
import { readImport, type ImportKind } from '../library/import/read-import';
import type { Db } from './open';
import { readExisting, readProfiles } from './library-import';

/** Rejections listed in a summary (the rest are counted). */
export const LISTED_REJECTIONS = 200;

export interface ImportSummary {
  kind: ImportKind;
  tallies: Record<BackupSection, Tally>;
  /** Records applying the plan writes (added + updated). */
  toWrite: number;
  rejectedCount: number;
  rejected: Rejection[];
}

export type PreparedImport =
  { ok: true; plan: ImportPlan; summary: ImportSummary } | { ok: false; reason: string };

/** What a plan would do, for the dry-run display. */
export function summarizePlan(plan: ImportPlan): ImportSummary {
  const tallies = plan.tallies;
  const toWrite = Object.values(tallies).reduce((n, t) => n + t.add + t.update, 0);
  return {
    kind: plan.kind,
    tallies,
    toWrite,
    rejectedCount: plan.rejected.length,
    rejected: plan.rejected.slice(0, LISTED_REJECTIONS),
  };
}

/** Plans the import of `text` (the file's contents) against `db`. */
export async function prepareImport(db: Db, text: string, nowMs: number): Promise<PreparedImport> {
  const parsed = parseImportJson(text);
  if (!parsed.ok) return parsed;
  const read = readImport(parsed.value, nowMs);
  if (!read.ok) return read;
  let plan: ImportPlan;
  if (read.kind === 'pack') {
    plan = planPack(read.pack, await readProfiles(db, listPackDomains(read.pack)), nowMs);
  } else {
    if (countCandidates(read.candidates) === 0 && read.candidates.rejected.length === 0) {
      return { ok: false, reason: 'The file holds no records to import.' };
    }
    plan = planImport(read.kind, read.candidates, await readExisting(db, read.candidates));
  }
  return { ok: true, plan, summary: summarizePlan(plan) };
}
