/**
 * PageContext: the page's source context, as printed by `npm run analyze` and as sent by the
 * content script (validated at the background). Keys and types here are a public contract:
 * extend, never rename.
 */
import { z } from './zod';

/** Caps keep hostile pages from pushing megabytes through messages and storage. */
export const MAX_TEXT = 2_000_000;
const shortText = z.string().max(2_000);
const url = z.string().max(8_192);

export const FieldSourceSchema = z.string().max(64);

export const ArticleSchema = z.object({
  title: shortText,
  byline: shortText.nullable(),
  authors: z.array(shortText).max(50),
  publishedTime: z.string().max(64).nullable(),
  modifiedTime: z.string().max(64).nullable(),
  siteName: shortText.nullable(),
  lang: z.string().max(35).nullable(),
  canonicalUrl: url.nullable(),
  section: shortText.nullable(),
  description: z.string().max(10_000).nullable().optional(),
  image: url.nullable().optional(),
  keywords: z.array(shortText).max(100).optional(),
  kind: z.string().max(32).nullable().optional(),
  /** Paragraphs of the body, joined with "\n\n"; offsets of claims and mentions index into it. */
  text: z.string().max(MAX_TEXT),
  /** Which source each metadata field came from (e.g. `title: "json-ld"`). */
  sources: z.record(z.string().max(32), FieldSourceSchema).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const PublisherLinkSchema = z.object({
  kind: z.string().max(32),
  url,
  label: shortText.optional(),
});

export const PublisherSchema = z.looseObject({
  name: shortText.nullable(),
  domain: z.string().max(253),
  nameSource: z.string().max(32).nullable().optional(),
  logo: url.nullable().optional(),
  links: z.array(PublisherLinkSchema).max(100).optional(),
  sameAs: z.array(url).max(50).optional(),
  hasPersonalByline: z.boolean().nullable().optional(),
});
export type PagePublisher = z.infer<typeof PublisherSchema>;

export const MentionSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: shortText,
  role: z.string().max(64).nullable().optional(),
});

export const OrganizationSchema = z.looseObject({
  name: shortText,
  aliases: z.array(shortText).max(100),
  mentions: z.number().int().min(0),
  firstPosition: z.number().int().min(0).optional(),
  type: z.string().max(32).nullable().optional(),
  spans: z.array(MentionSchema).max(2_000).optional(),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const ClaimSchema = z.looseObject({
  text: z.string().max(20_000),
  checkworthy: z.boolean(),
  score: z.number().min(0).max(1),
  kind: z.string().max(32),
  speaker: shortText.nullable(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  cues: z.array(z.string().max(64)).max(50).optional(),
  /** Display name of the organization the speaker is, when it is one the page names. */
  speakerOrganization: shortText.nullable().optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const DetectionSchema = z.object({
  isArticle: z.boolean(),
  confidence: z.number().min(0).max(1),
  signals: z.array(z.string().max(64)).max(100),
});
export type Detection = z.infer<typeof DetectionSchema>;

export const PageContextSchema = z.looseObject({
  url,
  isArticle: z.boolean(),
  detection: DetectionSchema.optional(),
  article: ArticleSchema.nullable(),
  publisher: PublisherSchema,
  organizations: z.array(OrganizationSchema).max(1_000),
  claims: z.array(ClaimSchema).max(2_000),
});
export type PageContext = z.infer<typeof PageContextSchema>;
