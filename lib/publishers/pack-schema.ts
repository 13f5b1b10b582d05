/**
 * Publisher packs: versioned JSON files of publisher names, labels, notes and affiliations that
 * readers share (`{format: 'source-context-publisher-pack', version: 1, publishers: [...]}`).
 * A pack is untrusted input: every entry is validated on its own, links must be http(s), and
 * domains must be registrable domains (the profile key).
 */
import { z } from '../models/zod';
import { registrableDomain } from './domain';
import { HttpUrlSchema } from './safe-url';

export const PACK_FORMAT = 'source-context-publisher-pack';
export const PACK_VERSION = 1;
export const MAX_PACK_PUBLISHERS = 10_000;

const line = z
  .string()
  .max(2_000)
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1).max(300));

/** A registrable domain, lower-cased, as profiles are keyed ("www." is tolerated and dropped). */
export const PackDomainSchema = z
  .string()
  .max(253)
  .transform((s) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^www\./, ''),
  )
  .refine((d) => /^[a-z0-9.-]+$/.test(d) && registrableDomain(`https://${d}/`) === d, {
    message: 'not a registrable domain (write example.com, not news.example.com)',
  });

export const PackAffiliationSchema = z.object({
  organization: line,
  sourceUrl: HttpUrlSchema.optional(),
});

export const PackEntrySchema = z.object({
  domain: PackDomainSchema,
  name: line.optional(),
  label: line.optional(),
  notes: z.string().max(20_000).optional(),
  affiliations: z.array(PackAffiliationSchema).max(100).optional(),
});
export type PackEntry = z.infer<typeof PackEntrySchema>;

/** The envelope; entries are checked one by one (see `planPackImport`). */
export const PackEnvelopeSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  title: line.optional().catch(undefined),
  createdAtMs: z.number().int().min(0).optional().catch(undefined),
  publishers: z.array(z.unknown()).max(MAX_PACK_PUBLISHERS),
});

export const PublisherPackSchema = PackEnvelopeSchema.extend({
  publishers: z.array(PackEntrySchema).max(MAX_PACK_PUBLISHERS),
});
export type PublisherPack = z.infer<typeof PublisherPackSchema>;

/** "publishers[3].affiliations[0].sourceUrl" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
