/**
 * Publisher profiles, keyed by registrable domain: updated incrementally on each article visit
 * (no scans), edited by the reader, enriched by the opt-in open-data lookup.
 */
import {
  PublisherProfileSchema,
  applyVisit,
  createProfile,
  type PublisherProfile,
} from '../publishers/index';
import type { PageRecord } from './records';
import type { Db } from './open';
import { openWriteTx } from './write-tx';

/** The stored profile for `domain`, or null (a damaged record reads as null, never throws). */
export async function getProfile(db: Db, domain: string): Promise<PublisherProfile | null> {
  if (!domain) return null;
  const raw = await db.get('publishers', domain);
  const parsed = PublisherProfileSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Counts an article visit into its publisher's profile (a re-visit only moves "last seen"). */
export async function recordVisit(
  db: Db,
  record: PageRecord,
  isNewArticle: boolean,
  nowMs: number,
): Promise<PublisherProfile> {
  const context = record.context;
  const tx = openWriteTx(db, 'publishers');
  const parsed = PublisherProfileSchema.safeParse(await tx.store.get(record.publisherDomain));
  const profile = applyVisit(parsed.success ? parsed.data : undefined, {
    url: context.url,
    seenAtMs: nowMs,
    hasPersonalByline: context.publisher.hasPersonalByline === true,
    organizations: context.organizations.map((o) => ({ name: o.name, aliases: o.aliases })),
    claimKinds: context.claims.map((c) => c.kind),
    alreadyCounted: !isNewArticle,
    page: context.publisher,
  });
  await tx.store.put(PublisherProfileSchema.parse(profile));
  await tx.done;
  return profile;
}

/** Applies an edit to a profile (creating it when absent) and stores the result. */
export async function updateProfile(
  db: Db,
  domain: string,
  edit: (profile: PublisherProfile) => PublisherProfile,
  nowMs: number,
): Promise<PublisherProfile> {
  const tx = openWriteTx(db, 'publishers');
  const parsed = PublisherProfileSchema.safeParse(await tx.store.get(domain));
  const next = PublisherProfileSchema.parse(
    edit(parsed.success ? parsed.data : createProfile(domain, nowMs)),
  );
  await tx.store.put(next);
  await tx.done;
  return next;
}
