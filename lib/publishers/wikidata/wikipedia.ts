/**
 * The English Wikipedia summary for an item's enwiki sitelink, kept short (2,000 characters) and
 * linked only to a wikipedia.org page. A missing or malformed summary is simply absent; only a
 * rate limit or a timeout stops the lookup.
 */
import { toHttpUrl } from '../safe-url';
import type { WikipediaSummary } from './facts-schema';
import { buildSummaryUrl, type WikimediaEndpoints } from './endpoints';
import { requestJson, type JsonResponse, type RequestContext } from './http';
import { readSummary } from './api-schemas';

const MAX_EXTRACT = 2_000;

function wikipediaUrl(value: string | undefined): string | null {
  const url = toHttpUrl(value);
  if (!url) return null;
  const host = new URL(url).hostname;
  return host === 'wikipedia.org' || host.endsWith('.wikipedia.org') ? url : null;
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_EXTRACT) return clean;
  const cut = clean.slice(0, MAX_EXTRACT - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_EXTRACT / 2))}…`;
}

/** A failure that must end the lookup (the caller backs off), or the summary (null if none). */
export async function fetchWikipediaSummary(
  endpoints: WikimediaEndpoints,
  sitelink: { title: string; url?: string | undefined },
  context: RequestContext,
): Promise<Extract<JsonResponse, { ok: false }> | WikipediaSummary | null> {
  const response = await requestJson(buildSummaryUrl(endpoints, sitelink.title), context);
  if (!response.ok) {
    return response.error === 'rate-limited' || response.error === 'timeout' ? response : null;
  }
  const summary = readSummary(response.json);
  if (!summary || summary.type === 'disambiguation') return null;
  const url =
    wikipediaUrl(summary.content_urls?.desktop.page) ??
    wikipediaUrl(sitelink.url) ??
    `https://en.wikipedia.org/wiki/${encodeURIComponent(summary.title.replace(/ /g, '_'))}`;
  return {
    title: summary.title,
    description: summary.description?.trim().slice(0, 500) || null,
    extract: shorten(summary.extract),
    source: 'wikipedia',
    url,
  };
}
