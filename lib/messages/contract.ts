/**
 * The one message contract. Every message between content scripts, the background and extension
 * pages is declared here, grouped by direction, each with its response. Receivers `safeParse`
 * everything: content-script data is page-derived and hostile.
 */
import { z } from '../models/zod';
import { DetectionSchema } from '../models/page-context';
import {
  ClippingSchema,
  NoteSchema,
  PageRecordSchema,
  TextPositionSchema,
  TextQuoteSchema,
} from '../storage/records';
import { PublisherProfileSchema, type AffiliationFlag, type HistorySummary } from '../publishers/index';

const url = z.string().min(1).max(8_192);

/** Largest serialized page the background accepts (characters). */
export const MAX_HTML = 8_000_000;
const id = z.string().min(1).max(64);

/** Content script -> background. Events, past tense. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** The detector found an article: here is the page, for parsing off the page's main thread. */
  z.object({ type: z.literal('pageSerialized'), url, html: z.string().max(MAX_HTML) }),
  z.object({ type: z.literal('articleExtractionFailed'), url, reason: z.string().max(500) }),
  /** The in-page UI asks what to draw: the article text and this page's clippings (minimal). */
  z.object({ type: z.literal('getPageClippings'), url }),
  z.object({
    type: z.literal('saveClipping'),
    url,
    selectors: z.object({ quote: TextQuoteSchema, position: TextPositionSchema.nullable() }),
    note: z.string().max(100_000),
    tags: z.array(z.string().min(1).max(64)).max(50),
  }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/**
 * The in-page UI's port (lib/page-ui/background-line.ts): each request carries a content message
 * and a number the answer comes back with.
 */
export const PortRequestSchema = z.object({
  id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  message: z.unknown(),
});

/** Extension pages (popup, side panel, library, settings) -> background. Commands, imperative. */
export const UiMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getTabContext'), tabId: z.number().int().min(0) }),
  z.object({
    type: z.literal('saveNote'),
    pageKey: url,
    text: z.string().min(1).max(100_000),
    id: id.optional(),
  }),
  z.object({ type: z.literal('deleteNote'), id }),
  z.object({ type: z.literal('restoreNote'), note: NoteSchema }),
  z.object({ type: z.literal('retryExtraction'), tabId: z.number().int().min(0) }),
  z.object({ type: z.literal('getSettings') }),
  /** Settings are validated field by field (lib/settings.ts) before they are stored. */
  z.object({ type: z.literal('saveSettings'), settings: z.record(z.string().max(64), z.unknown()) }),
  z.object({
    type: z.literal('updateClipping'),
    id,
    note: z.string().max(100_000).optional(),
    tags: z.array(z.string().min(1).max(64)).max(50).optional(),
  }),
  z.object({ type: z.literal('deleteClipping'), id, tabId: z.number().int().min(0).optional() }),
  z.object({
    type: z.literal('restoreClipping'),
    clipping: ClippingSchema,
    tabId: z.number().int().min(0).optional(),
  }),
  z.object({ type: z.literal('reattachClipping'), id, tabId: z.number().int().min(0) }),
  z.object({
    type: z.literal('locateInPage'),
    tabId: z.number().int().min(0),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  }),
  z.object({
    type: z.literal('highlightMentionsInPage'),
    tabId: z.number().int().min(0),
    spans: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })).max(5_000),
  }),
  z.object({
    type: z.literal('setPublisherText'),
    domain: z.string().min(1).max(253),
    field: z.enum(['name', 'label', 'notes']),
    text: z.string().max(20_000),
  }),
  z.object({
    type: z.literal('addAffiliation'),
    domain: z.string().min(1).max(253),
    organization: z.string().min(1).max(300),
    sourceUrl: z.string().max(2_000).optional(),
  }),
  z.object({
    type: z.literal('removeAffiliation'),
    domain: z.string().min(1).max(253),
    organization: z.string().min(1).max(300),
  }),
]);
export type UiMessage = z.infer<typeof UiMessageSchema>;

/** Background -> the in-page UI (clipper) of an article tab. */
export const TabMessageSchema = z.discriminatedUnion('type', [
  /** To the in-page UI: open the clipping form for the current selection (menu, shortcut). */
  z.object({ type: z.literal('clipSelection') }),
  /** Scroll to and flash an article-text span (a claim, a clipping). */
  z.object({ type: z.literal('locate'), start: z.number().int().min(0), end: z.number().int().min(0) }),
  /** Highlight organization mentions (article-text spans), or clear them. */
  z.object({
    type: z.literal('highlightMentions'),
    spans: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })).max(5_000),
  }),
  /** The current selection's selectors (re-attaching an orphan). */
  z.object({ type: z.literal('describeSelection') }),
  /** Clippings changed elsewhere: fetch and redraw. */
  z.object({ type: z.literal('refreshHighlights') }),
]);

/** What the in-page UI gets: no notes or tags, only what it needs to draw. */
export interface PageClippings {
  articleText: string | null;
  clippings: {
    id: string;
    quote: z.infer<typeof TextQuoteSchema>;
    position: z.infer<typeof TextPositionSchema> | null;
  }[];
  tags: string[];
  highlights: boolean;
}
export type TabMessage = z.infer<typeof TabMessageSchema>;

// The detector's handle (no zod there: the always-on script must not bundle it).
export { DETECTOR_HANDLE, type DetectorHandle } from './detector-handle';

/** The detector's description of its page: what the page is, without storing anything. */
export const PageDescriptionSchema = z.object({
  url,
  title: z.string().max(2_000),
  detection: DetectionSchema,
});
export type PageDescription = z.infer<typeof PageDescriptionSchema>;

/** The publisher card: the stored profile, what the reader's history says, and affiliation flags. */
export const PublisherViewSchema = z.object({
  profile: PublisherProfileSchema.nullable(),
  summary: z.custom<HistorySummary>().nullable(),
  flags: z.array(z.custom<AffiliationFlag>()),
});
export type PublisherView = z.infer<typeof PublisherViewSchema>;

/** A clipping as the popup shows it: where it is now (or why it is an orphan), and if the text changed. */
export const ClippingViewSchema = z.object({
  clipping: ClippingSchema,
  anchor: z.union([
    z.object({
      status: z.literal('anchored'),
      method: z.enum(['position', 'quote', 'fuzzy']),
      confidence: z.number(),
      /** Where the passage is now in the article text. */
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    }),
    z.object({ status: z.literal('orphan'), reason: z.string() }),
  ]),
  /** The article text changed since the clipping was saved (the popup shows the passage as it was). */
  edited: z.boolean(),
});
export type ClippingView = z.infer<typeof ClippingViewSchema>;

/** What the popup gets for a tab. */
export const TabContextSchema = z.object({
  state: z.enum(['article', 'pending', 'not-article', 'unreadable', 'failed']),
  url: z.string().max(8_192).nullable(),
  /** Registrable domain of the tab's page (the publisher key, and the unit of "pause on this site"). */
  domain: z.string().max(253).nullable(),
  reason: z.string().max(500).nullable(),
  page: PageRecordSchema.nullable(),
  description: PageDescriptionSchema.nullable(),
  notes: z.array(NoteSchema),
  clippings: z.array(ClippingViewSchema),
  tags: z.array(z.string()),
  publisher: PublisherViewSchema,
});
export type TabContext = z.infer<typeof TabContextSchema>;

/** Every response: a value or a typed error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Builds an error result with a message capped for display. */
export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error: error.slice(0, 500) };
}
