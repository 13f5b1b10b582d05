/**
 * Zod schemas of every stored record. Each stored value is parsed on the way in and out, so a
 * record written by an older version, or tampered with, is caught at the boundary.
 */
import { z } from '../models/zod';
import { PageContextSchema } from '../models/page-context';

const url = z.string().max(8_192);
const timestamp = z.number().int().min(0);

export const PageRecordSchema = z.object({
  /** Primary key: the normalised canonical URL (see lib/urls.ts). */
  pageKey: url,
  /** Every normalised URL this article was seen under (multiEntry index `by-url`). */
  urls: z.array(url).max(50),
  publisherDomain: z.string().max(253),
  context: PageContextSchema,
  contentHash: z.string().max(64),
  firstSeenAtMs: timestamp,
  lastSeenAtMs: timestamp,
  visits: z.number().int().min(0),
});
export type PageRecord = z.infer<typeof PageRecordSchema>;

export const NoteSchema = z.object({
  id: z.string().min(1).max(64),
  pageKey: url,
  text: z.string().max(100_000),
  createdAtMs: timestamp,
  updatedAtMs: timestamp,
});
export type Note = z.infer<typeof NoteSchema>;
