/**
 * Publisher details (issue 6): what a page says about its publisher, the per-domain profile with
 * history aggregates, affiliation flags, the opt-in Wikidata/Wikipedia lookup, and packs.
 */
export { readPublisher, registrableDomain } from './from-page';
export {
  PublisherProfileSchema,
  PublisherHistorySchema,
  AffiliationSchema,
  AttributedTextSchema,
  createProfile,
  type PublisherProfile,
  type PublisherHistory,
  type Affiliation,
  type AttributedText,
} from './profile';
export { applyVisit, type PublisherVisit } from './history';
export {
  summarizeHistory,
  quantify,
  type HistorySummary,
  type HistoryFact,
  type Quantifier,
} from './history-summary';
export { findAffiliationFlags, type AffiliationFlag } from './affiliations';
export {
  setReaderText,
  addAffiliation,
  removeAffiliation,
  setOpenData,
  type ReaderTextField,
} from './reader-fields';
export {
  OpenDataSchema,
  WikidataFactsSchema,
  OpenDataFactSchema,
  WikipediaSummarySchema,
  OPEN_DATA_PROPERTIES,
  type OpenData,
  type WikidataFacts,
  type OpenDataFact,
  type WikipediaSummary,
} from './wikidata/facts-schema';
export { lookupWikidata, toOpenData, type LookupOptions, type WikidataLookupResult } from './wikidata/lookup';
export { WIKIMEDIA_ENDPOINTS, type WikimediaEndpoints } from './wikidata/endpoints';
export { nextRetryDelayMs, isStale, parseRetryAfter, OPEN_DATA_MAX_AGE_MS } from './wikidata/retry';
export { PublisherPackSchema, PackEntrySchema, type PublisherPack, type PackEntry } from './pack-schema';
export { planPackImport, applyPackEntry, type PackImportPlan, type PackConflict } from './pack-import';
export { exportPack } from './pack-export';
