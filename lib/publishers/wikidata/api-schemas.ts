/**
 * zod readers for Wikimedia response bodies. The envelope must have the expected shape (else the
 * answer is `malformed`); inside it, each binding, statement, label and sitelink is validated on
 * its own and dropped when wrong, so one odd value never costs the rest.
 */
import { z } from '../../models/zod';
import { QidSchema } from './facts-schema';

const ENTITY_IRI = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[1-9]\d{0,11})$/;

const SparqlEnvelopeSchema = z.object({
  results: z.object({ bindings: z.array(z.unknown()).max(10_000) }),
});
const BindingSchema = z.object({
  item: z.object({ type: z.literal('uri'), value: z.string().regex(ENTITY_IRI) }),
  sitelinks: z
    .object({ value: z.string().regex(/^\d{1,6}$/) })
    .optional()
    .catch(undefined),
});

/** A candidate item for the domain and its number of Wikipedia sitelinks. */
export interface Candidate {
  qid: string;
  sitelinks: number;
}

/** Distinct candidate items, most sitelinks first (then lowest QID); null when malformed. */
export function readCandidates(json: unknown): Candidate[] | null {
  const envelope = SparqlEnvelopeSchema.safeParse(json);
  if (!envelope.success) return null;
  const byQid = new Map<string, number>();
  for (const raw of envelope.data.results.bindings) {
    const binding = BindingSchema.safeParse(raw);
    if (!binding.success) continue;
    const qid = ENTITY_IRI.exec(binding.data.item.value)?.[1];
    if (!qid) continue;
    const sitelinks = Number(binding.data.sitelinks?.value ?? 0);
    byQid.set(qid, Math.max(byQid.get(qid) ?? 0, sitelinks));
  }
  return [...byQid]
    .map(([qid, sitelinks]) => ({ qid, sitelinks }))
    .sort((a, b) => b.sitelinks - a.sitelinks || Number(a.qid.slice(1)) - Number(b.qid.slice(1)));
}

const LangValueSchema = z.object({ value: z.string().trim().min(1).max(300) });
const langs = z
  .object({
    en: LangValueSchema.optional().catch(undefined),
    mul: LangValueSchema.optional().catch(undefined),
  })
  .catch({});
const statements = z.array(z.unknown()).max(500).optional().catch(undefined);

export const EntitySchema = z.object({
  id: QidSchema,
  labels: langs,
  descriptions: langs,
  claims: z
    .object({
      P31: statements,
      P127: statements,
      P749: statements,
      P17: statements,
      P571: statements,
      P1142: statements,
      P1387: statements,
    })
    .catch({}),
  sitelinks: z
    .object({
      enwiki: z
        .object({
          title: z.string().trim().min(1).max(300),
          url: z.string().max(2_000).optional().catch(undefined),
        })
        .optional()
        .catch(undefined),
    })
    .catch({}),
});
export type Entity = z.infer<typeof EntitySchema>;

const EntitiesEnvelopeSchema = z.object({ entities: z.record(z.string().max(20), z.unknown()) });
const ApiErrorSchema = z.object({ error: z.object({ code: z.string().max(100) }) });

/** Entities by requested id (missing or invalid ones left out); `rate-limited`/null on an error envelope. */
export function readEntities(json: unknown, ids: string[]): Map<string, Entity> | 'rate-limited' | null {
  const apiError = ApiErrorSchema.safeParse(json);
  if (apiError.success)
    return /^(ratelimited|maxlag)$/.test(apiError.data.error.code) ? 'rate-limited' : null;
  const envelope = EntitiesEnvelopeSchema.safeParse(json);
  if (!envelope.success) return null;
  const entities = new Map<string, Entity>();
  for (const id of ids) {
    if (!Object.prototype.hasOwnProperty.call(envelope.data.entities, id)) continue;
    const raw = envelope.data.entities[id];
    if (typeof raw === 'object' && raw !== null && 'missing' in raw) continue;
    const entity = EntitySchema.safeParse(raw);
    if (entity.success && entity.data.id === id) entities.set(id, entity.data);
  }
  return entities;
}

/** The English (else multilingual) label or description. */
export function readLang(values: Entity['labels']): string | null {
  return values.en?.value ?? values.mul?.value ?? null;
}

const SummarySchema = z.object({
  type: z.string().max(40).optional().catch(undefined),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(500).optional().catch(undefined),
  extract: z.string().max(100_000).catch(''),
  content_urls: z
    .object({ desktop: z.object({ page: z.string().max(2_000) }) })
    .optional()
    .catch(undefined),
});
export type Summary = z.infer<typeof SummarySchema>;

/** The REST page summary, or null when malformed. */
export function readSummary(json: unknown): Summary | null {
  const summary = SummarySchema.safeParse(json);
  return summary.success ? summary.data : null;
}
