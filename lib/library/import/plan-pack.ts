/**
 * Publisher packs in the library's import: planned by lib/publishers (`planPackImport`), then
 * shown in the same dry run as every other import. Entries the reader has edited are never
 * overwritten (lib/publishers reports them as conflicts; here they count as "kept").
 */
import { applyPackEntry, planPackImport } from '../../publishers/pack-import';
import type { PublisherProfile } from '../../publishers/profile';
import { emptyRecords, emptyTallies, type ImportPlan } from './plan';

/** The domains a pack names, normalised as profiles are keyed (to read the stored profiles). */
export function listPackDomains(pack: unknown): string[] {
  const entries = (pack as { publishers?: unknown } | null)?.publishers;
  if (!Array.isArray(entries)) return [];
  return entries.slice(0, 10_000).flatMap((e) => {
    const domain = (e as { domain?: unknown } | null)?.domain;
    return typeof domain === 'string'
      ? [
          domain
            .trim()
            .toLowerCase()
            .replace(/^www\./, '')
            .slice(0, 253),
        ]
      : [];
  });
}

/** Plans a pack against the stored profiles of its domains. */
export function planPack(
  pack: unknown,
  profiles: ReadonlyMap<string, PublisherProfile>,
  nowMs: number,
): ImportPlan {
  const packPlan = planPackImport(profiles, pack);
  const plan: ImportPlan = {
    kind: 'pack',
    tallies: emptyTallies(),
    rejected: packPlan.rejected.map((r) => ({ path: r.path, reason: r.reason })),
    writes: { add: emptyRecords(), update: emptyRecords() },
  };
  const tally = plan.tallies.publishers;
  for (const entry of packPlan.add) plan.writes.add.publishers.push(applyPackEntry(undefined, entry, nowMs));
  for (const { entry } of packPlan.update) {
    plan.writes.update.publishers.push(applyPackEntry(profiles.get(entry.domain), entry, nowMs));
  }
  tally.add = packPlan.add.length;
  tally.update = packPlan.update.length;
  tally.duplicate = packPlan.skip.length;
  tally.kept = new Set(packPlan.conflicts.map((c) => c.domain)).size;
  return plan;
}
