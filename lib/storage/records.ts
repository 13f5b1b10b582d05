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

/** W3C Web Annotation TextQuoteSelector (exact text with context). */
export const TextQuoteSchema = z.object({
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export type TextQuote = z.infer<typeof TextQuoteSchema>;

/** W3C Web Annotation TextPositionSelector, over the article text (PageContext.article.text). */
export const TextPositionSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type TextPosition = z.infer<typeof TextPositionSchema>;

const tag = z.string().min(1).max(64);

/** A passage the reader highlighted, with their note and tags. */
export const ClippingSchema = z.object({
  id: z.string().min(1).max(64),
  /** The article's page key (canonical URL, normalised): clippings follow the canonical URL. */
  pageKey: url,
  pageUrl: url,
  canonicalUrl: url.nullable(),
  title: z.string().max(2_000),
  publisherDomain: z.string().max(253),
  publisherName: z.string().max(2_000).nullable(),
  quote: TextQuoteSchema,
  position: TextPositionSchema.nullable(),
  /** hashText of the article text when saved: a different hash on a later visit means it was edited. */
  textHash: z.string().max(64),
  note: z.string().max(100_000),
  tags: z.array(tag).max(50),
  createdAtMs: timestamp,
  updatedAtMs: timestamp,
});
export type Clipping = z.infer<typeof ClippingSchema>;
