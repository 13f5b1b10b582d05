/**
 * The publisher profile record, one per registrable domain: the latest page facts, the reader's
 * own fields (name, label, notes, affiliations), history aggregates updated per visit (history.ts)
 * and cached open data. Storage (lib/storage) keeps it; every function here is pure.
 */
import { z } from '../models/zod';
import { PublisherSchema } from '../models/page-context';
import { OpenDataSchema } from './wikidata/facts-schema';
import { HttpUrlSchema } from './safe-url';

/** Most organizations kept in the history tally (the most often named win). */
export const MAX_HISTORY_ORGANIZATIONS = 50;
/** Most claim kinds tallied (kinds are a small vocabulary; extra ones are ignored). */
export const MAX_CLAIM_KINDS = 30;

const timeMs = z.number().int().min(0);
const count = z.number().int().min(0);
const orgName = z.string().min(1).max(300);

/** A reader-facing text field and who set it: the reader, or an imported pack. */
export const AttributedTextSchema = z.object({
  text: z.string().max(20_000),
  source: z.enum(['reader', 'pack']),
  updatedAtMs: timeMs,
});
export type AttributedText = z.infer<typeof AttributedTextSchema>;

/** An organization the publisher is affiliated with, and who says so. */
export const AffiliationSchema = z.object({
  organization: orgName,
  sourceUrl: HttpUrlSchema.optional(),
  source: z.enum(['reader', 'pack', 'wikidata']),
  addedAtMs: timeMs,
});
export type Affiliation = z.infer<typeof AffiliationSchema>;

const cappedRecord = <T extends z.ZodType>(value: T, max: number) =>
  z.record(orgName, value).refine((r) => Object.keys(r).length <= max, `at most ${max} entries`);

/** Aggregates over the articles read on this publisher, updated incrementally per visit. */
export const PublisherHistorySchema = z.object({
  articles: count,
  firstSeenMs: timeMs.nullable(),
  lastSeenMs: timeMs.nullable(),
  withPersonalByline: count,
  /** Articles naming each organization (display name -> articles), top 50. */
  organizations: cappedRecord(count, MAX_HISTORY_ORGANIZATIONS),
  /** Other names seen for each tallied organization, so later visits fold into one entry. */
  organizationAliases: cappedRecord(z.array(orgName).max(10), MAX_HISTORY_ORGANIZATIONS),
  /** Claims of each kind across the articles. */
  claimKinds: cappedRecord(count, MAX_CLAIM_KINDS),
  /** Claims of kind "opinion" across the articles. */
  opinionClaims: count,
});
export type PublisherHistory = z.infer<typeof PublisherHistorySchema>;

export const PublisherProfileSchema = z.object({
  /** Registrable domain: the key. */
  domain: z.string().min(1).max(253),
  /** The latest facts read from one of its pages. */
  page: PublisherSchema.nullable(),
  name: AttributedTextSchema.nullable(),
  label: AttributedTextSchema.nullable(),
  notes: AttributedTextSchema.nullable(),
  affiliations: z.array(AffiliationSchema).max(100),
  history: PublisherHistorySchema,
  openData: OpenDataSchema.nullable(),
  updatedAtMs: timeMs,
});
export type PublisherProfile = z.infer<typeof PublisherProfileSchema>;

/** An empty profile for `domain`. */
export function createProfile(domain: string, nowMs: number): PublisherProfile {
  return {
    domain,
    page: null,
    name: null,
    label: null,
    notes: null,
    affiliations: [],
    history: {
      articles: 0,
      firstSeenMs: null,
      lastSeenMs: null,
      withPersonalByline: 0,
      organizations: {},
      organizationAliases: {},
      claimKinds: {},
      opinionClaims: 0,
    },
    openData: null,
    updatedAtMs: nowMs,
  };
}
