/**
 * The opt-in open-data lookup, run by the background after an article is stored and only when the
 * reader turned it on: refreshes a publisher's Wikidata/Wikipedia facts when missing or stale,
 * backs off after rate limits and failures, and never blocks the popup (the caller does not await it
 * on the popup's path).
 */
import {
  OPEN_DATA_MAX_AGE_MS,
  isStale,
  lookupWikidata,
  nextRetryDelayMs,
  setOpenData,
  toOpenData,
  type LookupOptions,
} from '../publishers/index';
import type { Db } from '../storage/open';
import { getProfile, updateProfile } from '../storage/publishers';

/** Where the backoff state lives (session storage in the extension; a Map in tests). */
export interface RetryStore {
  get: (domain: string) => Promise<{ attempt: number; notBeforeMs: number } | null>;
  set: (domain: string, value: { attempt: number; notBeforeMs: number } | null) => Promise<void>;
}

export type OpenDataOutcome = 'fresh' | 'backing-off' | 'stored' | 'failed';

/** Looks the publisher of `domain` up when its cached facts are missing or stale. */
export async function refreshOpenData(
  db: Db,
  domain: string,
  retries: RetryStore,
  options: LookupOptions,
): Promise<OpenDataOutcome> {
  const nowMs = options.now();
  const cached = (await getProfile(db, domain))?.openData;
  const maxAge = cached?.status === 'found' ? OPEN_DATA_MAX_AGE_MS.found : OPEN_DATA_MAX_AGE_MS.notFound;
  if (cached && !isStale(cached.fetchedAtMs, nowMs, maxAge)) return 'fresh';
  const retry = await retries.get(domain);
  if (retry && retry.notBeforeMs > nowMs) return 'backing-off';
  const result = await lookupWikidata(domain, options);
  const openData = toOpenData(result);
  if (!openData) {
    const attempt = (retry?.attempt ?? 0) + 1;
    const retryAfter = !result.ok && result.error === 'rate-limited' ? result.retryAfterMs : null;
    await retries.set(domain, {
      attempt,
      notBeforeMs: nowMs + nextRetryDelayMs(attempt, retryAfter ?? undefined),
    });
    return 'failed';
  }
  await retries.set(domain, null);
  await updateProfile(db, domain, (profile) => setOpenData(profile, openData), nowMs);
  return 'stored';
}
