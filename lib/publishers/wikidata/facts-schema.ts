/**
 * Open-data facts about a publisher as the extension keeps them: each fact names its source
 * ('wikidata' or 'wikipedia') and a URL the reader can open to check it.
 */
import { z } from '../../models/zod';
import { HttpUrlSchema } from '../safe-url';

/** Wikidata properties read, by the name the UI shows them under. */
export const OPEN_DATA_PROPERTIES = {
  P31: 'instance of',
  P127: 'owned by',
  P749: 'parent organization',
  P17: 'country',
  P571: 'inception',
  P1142: 'political ideology',
  P1387: 'political alignment',
} as const;
export type OpenDataProperty = keyof typeof OPEN_DATA_PROPERTIES;

export const QidSchema = z.string().regex(/^Q[1-9]\d{0,11}$/);

/** One statement: `value` is the English label (or the QID when it has none), or a year for P571. */
export const OpenDataFactSchema = z.object({
  property: z.enum(Object.keys(OPEN_DATA_PROPERTIES) as [OpenDataProperty, ...OpenDataProperty[]]),
  value: z.string().min(1).max(300),
  qid: QidSchema.optional(),
  source: z.literal('wikidata'),
  url: HttpUrlSchema,
});
export type OpenDataFact = z.infer<typeof OpenDataFactSchema>;

/** The English Wikipedia summary of the publisher's article. */
export const WikipediaSummarySchema = z.object({
  title: z.string().min(1).max(300),
  description: z.string().max(500).nullable(),
  extract: z.string().max(2_000),
  source: z.literal('wikipedia'),
  url: HttpUrlSchema,
});
export type WikipediaSummary = z.infer<typeof WikipediaSummarySchema>;

/** What Wikidata (and Wikipedia) say about the item whose official website is the domain. */
export const WikidataFactsSchema = z.object({
  qid: QidSchema,
  label: z.string().max(300).nullable(),
  description: z.string().max(500).nullable(),
  source: z.literal('wikidata'),
  url: HttpUrlSchema,
  facts: z.array(OpenDataFactSchema).max(100),
  wikipedia: WikipediaSummarySchema.nullable(),
  /** Items sharing the official website; more than 1 means the match is uncertain. */
  candidates: z.number().int().min(1).max(50),
});
export type WikidataFacts = z.infer<typeof WikidataFactsSchema>;

/** A cached lookup: found facts, or a remembered "not found", with when it was fetched. */
export const OpenDataSchema = z.object({
  status: z.enum(['found', 'not-found']),
  facts: WikidataFactsSchema.nullable(),
  fetchedAtMs: z.number().int().min(0),
});
export type OpenData = z.infer<typeof OpenDataSchema>;
