/**
 * Import planning for publisher packs: which entries add a profile, which update one, which
 * conflict with the reader's own edits (never overwritten without asking), which change nothing,
 * and which are rejected (with the path and reason). `applyPackEntry` then makes the change.
 */
import { normalizeName } from './names';
import { createProfile, type PublisherProfile } from './profile';
import type { ReaderTextField } from './reader-fields';
import { formatPath, PackEntrySchema, PackEnvelopeSchema, type PackEntry } from './pack-schema';

const TEXT_FIELDS: ReaderTextField[] = ['name', 'label', 'notes'];

export interface PackConflict {
  domain: string;
  field: ReaderTextField;
  current: string;
  incoming: string;
}

export interface PackImportPlan {
  /** False when the file is not a pack of a supported version (then only `rejected` is filled). */
  valid: boolean;
  add: PackEntry[];
  /** Entries that change an existing profile, with the fields they change. */
  update: { entry: PackEntry; fields: (ReaderTextField | 'affiliations')[] }[];
  /** Reader-edited fields the pack would change; a domain may also be in `update` for other fields. */
  conflicts: PackConflict[];
  skip: { domain: string; index: number; reason: 'unchanged' | 'duplicate' }[];
  rejected: { index: number | null; path: string; reason: string }[];
}

type Profiles = ReadonlyMap<string, PublisherProfile> | Readonly<Record<string, PublisherProfile>>;

function lookup(profiles: Profiles, domain: string): PublisherProfile | undefined {
  if (profiles instanceof Map) return profiles.get(domain);
  const record = profiles as Readonly<Record<string, PublisherProfile>>;
  return Object.prototype.hasOwnProperty.call(record, domain) ? record[domain] : undefined;
}

function newAffiliations(profile: PublisherProfile | undefined, entry: PackEntry) {
  const known = new Set((profile?.affiliations ?? []).map((a) => normalizeName(a.organization)));
  return (entry.affiliations ?? []).filter((a) => {
    const key = normalizeName(a.organization);
    if (!key || known.has(key)) return false;
    known.add(key);
    return true;
  });
}

function compare(profile: PublisherProfile, entry: PackEntry, plan: PackImportPlan, index: number): void {
  const fields: PackImportPlan['update'][number]['fields'] = [];
  for (const field of TEXT_FIELDS) {
    const incoming = entry[field];
    const current = profile[field];
    if (incoming === undefined || current?.text === incoming) continue;
    if (!current?.text || current.source === 'pack') fields.push(field);
    else plan.conflicts.push({ domain: entry.domain, field, current: current.text, incoming });
  }
  if (newAffiliations(profile, entry).length > 0) fields.push('affiliations');
  if (fields.length > 0) plan.update.push({ entry, fields });
  else if (!plan.conflicts.some((c) => c.domain === entry.domain)) {
    plan.skip.push({ domain: entry.domain, index, reason: 'unchanged' });
  }
}

/** Plans the import of `pack` (untrusted JSON) against the stored profiles; changes nothing. */
export function planPackImport(profiles: Profiles, pack: unknown): PackImportPlan {
  const plan: PackImportPlan = { valid: false, add: [], update: [], conflicts: [], skip: [], rejected: [] };
  const envelope = PackEnvelopeSchema.safeParse(pack);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    plan.rejected.push({
      index: null,
      path: formatPath(issue?.path ?? []),
      reason: issue?.message ?? 'not a pack',
    });
    return plan;
  }
  plan.valid = true;
  const seen = new Set<string>();
  envelope.data.publishers.forEach((raw, index) => {
    const parsed = PackEntrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = formatPath(['publishers', index, ...(issue?.path ?? [])]);
      plan.rejected.push({ index, path, reason: issue?.message ?? 'invalid entry' });
    } else if (seen.has(parsed.data.domain)) {
      plan.skip.push({ domain: parsed.data.domain, index, reason: 'duplicate' });
    } else {
      seen.add(parsed.data.domain);
      const profile = lookup(profiles, parsed.data.domain);
      if (profile) compare(profile, parsed.data, plan, index);
      else plan.add.push(parsed.data);
    }
  });
  return plan;
}

/**
 * The profile after importing `entry`: fills empty fields, replaces pack-set ones, adds new
 * affiliations (source "pack"), and replaces reader-set fields only when listed in `overwrite`.
 */
export function applyPackEntry(
  profile: PublisherProfile | undefined,
  entry: PackEntry,
  nowMs: number,
  overwrite: readonly ReaderTextField[] = [],
): PublisherProfile {
  const base = profile ?? createProfile(entry.domain, nowMs);
  const next: PublisherProfile = { ...base, updatedAtMs: Math.max(base.updatedAtMs, nowMs) };
  for (const field of TEXT_FIELDS) {
    const incoming = entry[field];
    const current = base[field];
    if (incoming === undefined || current?.text === incoming) continue;
    if (current?.text && current.source === 'reader' && !overwrite.includes(field)) continue;
    next[field] = { text: incoming, source: 'pack', updatedAtMs: nowMs };
  }
  const added = newAffiliations(base, entry).map((a) => ({
    ...a,
    source: 'pack' as const,
    addedAtMs: nowMs,
  }));
  next.affiliations = [...base.affiliations, ...added].slice(0, 100);
  return next;
}
