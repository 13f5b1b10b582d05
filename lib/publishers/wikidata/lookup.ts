/**
 * Open-data lookup of a publisher by domain, called only when the reader opted in (the caller
 * decides). Finds the Wikidata item whose official website (P856) is the domain, reads owner,
 * parent organization, country, inception, instance of and political ideology/alignment with
 * English labels, and the English Wikipedia summary. fetch is injected; every response is
 * validated; one timeout covers the whole lookup.
 */
import { WikidataFactsSchema, type OpenData, type WikidataFacts } from './facts-schema';
import { readCandidates, readEntities, readLang } from './api-schemas';
import {
  buildEntitiesUrl,
  buildSparqlUrl,
  isLookupDomain,
  WIKIDATA_ITEM_PAGE,
  WIKIMEDIA_ENDPOINTS,
  type WikimediaEndpoints,
} from './endpoints';
import { labelFacts, listFactQids, readEntityFacts } from './entity-facts';
import { requestJson, type JsonResponse, type LookupError, type RequestContext } from './http';
import { fetchWikipediaSummary } from './wikipedia';

export interface LookupOptions {
  /** Called as a plain function (never as a method), so `globalThis.fetch` works unbound. */
  fetch: typeof fetch;
  now: () => number;
  /** Budget for the whole lookup (all requests). */
  timeoutMs: number;
  /** Sent as `Api-User-Agent`, e.g. "SourceContext/0.1.0 (https://example.org/contact)". */
  userAgent: string;
  /** Base URLs; tests point these at the local mock. */
  endpoints?: Partial<WikimediaEndpoints>;
}

export type WikidataLookupResult =
  | { ok: true; facts: WikidataFacts; fetchedAtMs: number }
  | { ok: false; error: 'rate-limited'; retryAfterMs: number | null; fetchedAtMs: number }
  | { ok: false; error: Exclude<LookupError, 'rate-limited'>; status?: number; fetchedAtMs: number };

type Failure = Extract<JsonResponse, { ok: false }>;
type Outcome = { ok: true; facts: WikidataFacts } | Failure;

/** Any failure before the item is read is fatal; a 404 there means a wrong endpoint. */
function fatal(response: Failure): Failure {
  return response.error === 'not-found' ? { ok: false, error: 'network', status: response.status } : response;
}

async function readLabels(endpoints: WikimediaEndpoints, qids: string[], context: RequestContext) {
  const labels = new Map<string, string>();
  if (qids.length === 0) return labels;
  const response = await requestJson(buildEntitiesUrl(endpoints, qids, false), context);
  if (!response.ok)
    return response.error === 'rate-limited' || response.error === 'timeout' ? response : labels;
  const entities = readEntities(response.json, qids);
  if (entities === 'rate-limited')
    return { ok: false, error: 'rate-limited', retryAfterMs: null, status: 200 } as const;
  for (const [qid, entity] of entities ?? []) {
    const label = readLang(entity.labels);
    if (label) labels.set(qid, label);
  }
  return labels;
}

async function runLookup(
  domain: string,
  endpoints: WikimediaEndpoints,
  context: RequestContext,
): Promise<Outcome> {
  const found = await requestJson(buildSparqlUrl(endpoints, domain), context);
  if (!found.ok) return fatal(found);
  const candidates = readCandidates(found.json);
  if (!candidates) return { ok: false, error: 'malformed' };
  const ids = candidates.slice(0, 3).map((c) => c.qid);
  if (ids.length === 0) return { ok: false, error: 'not-found' };
  const read = await requestJson(buildEntitiesUrl(endpoints, ids, true), context);
  if (!read.ok) return fatal(read);
  const entities = readEntities(read.json, ids);
  if (entities === 'rate-limited')
    return { ok: false, error: 'rate-limited', retryAfterMs: null, status: 200 };
  if (!entities) return { ok: false, error: 'malformed' };
  const entity = ids.map((id) => entities.get(id)).find((e) => e !== undefined);
  if (!entity) return { ok: false, error: 'not-found' };
  const facts = readEntityFacts(entity);
  const labels = await readLabels(endpoints, listFactQids(facts), context);
  if (!(labels instanceof Map)) return labels;
  const sitelink = entity.sitelinks.enwiki;
  const wikipedia = sitelink ? await fetchWikipediaSummary(endpoints, sitelink, context) : null;
  if (wikipedia && 'ok' in wikipedia) return wikipedia;
  const result = WikidataFactsSchema.safeParse({
    qid: entity.id,
    label: readLang(entity.labels),
    description: readLang(entity.descriptions),
    source: 'wikidata',
    url: `${WIKIDATA_ITEM_PAGE}${entity.id}`,
    facts: labelFacts(facts, labels),
    wikipedia,
    candidates: Math.min(candidates.length, 50),
  });
  return result.success ? { ok: true, facts: result.data } : { ok: false, error: 'malformed' };
}

/** Looks up the Wikidata item (and Wikipedia summary) of a registrable domain; never throws. */
export async function lookupWikidata(domain: string, options: LookupOptions): Promise<WikidataLookupResult> {
  const { fetch: fetchFn, now, userAgent } = options;
  const name = domain.trim().toLowerCase();
  if (!isLookupDomain(name)) return { ok: false, error: 'not-found', fetchedAtMs: now() };
  const endpoints = { ...WIKIMEDIA_ENDPOINTS, ...options.endpoints };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, options.timeoutMs));
  const context: RequestContext = { fetch: fetchFn, signal: controller.signal, userAgent, now };
  try {
    const outcome = await runLookup(name, endpoints, context);
    const fetchedAtMs = now();
    if (outcome.ok) return { ok: true, facts: outcome.facts, fetchedAtMs };
    if (outcome.error === 'rate-limited')
      return { ok: false, error: 'rate-limited', retryAfterMs: outcome.retryAfterMs, fetchedAtMs };
    return {
      ok: false,
      error: outcome.error,
      ...(outcome.status !== undefined && { status: outcome.status }),
      fetchedAtMs,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** What to cache from a lookup: found facts or a "not found", never a transient failure. */
export function toOpenData(result: WikidataLookupResult): OpenData | null {
  if (result.ok) return { status: 'found', facts: result.facts, fetchedAtMs: result.fetchedAtMs };
  if (result.error === 'not-found')
    return { status: 'not-found', facts: null, fetchedAtMs: result.fetchedAtMs };
  return null;
}
