/**
 * When to ask Wikimedia again: exponential backoff that never undercuts the server's
 * Retry-After, and cache freshness of stored open data. Wikimedia bans clients that ignore 429s.
 */

/** First retry delay; each further attempt doubles it. */
export const BASE_RETRY_DELAY_MS = 60_000;
/** Longest wait between attempts (also caps a hostile or absurd Retry-After). */
export const MAX_RETRY_DELAY_MS = 24 * 60 * 60 * 1_000;

/** How long cached answers stay fresh: found facts, and remembered "not found" answers. */
export const OPEN_DATA_MAX_AGE_MS = {
  found: 30 * 24 * 60 * 60 * 1_000,
  notFound: 7 * 24 * 60 * 60 * 1_000,
} as const;

/**
 * Delay before retry number `attempt` (0 = the first retry): 1 min, 2 min, 4 min … capped at a
 * day, and never shorter than the server's `retryAfterMs`.
 */
export function nextRetryDelayMs(attempt: number, retryAfterMs?: number | null): number {
  const n = Number.isFinite(attempt) ? Math.min(Math.max(0, Math.floor(attempt)), 30) : 0;
  const backoff = BASE_RETRY_DELAY_MS * 2 ** n;
  const server = retryAfterMs != null && Number.isFinite(retryAfterMs) ? Math.max(0, retryAfterMs) : 0;
  return Math.min(MAX_RETRY_DELAY_MS, Math.max(backoff, server));
}

/**
 * Milliseconds a Retry-After header asks for (delta-seconds or an HTTP date), or null when
 * absent or unreadable.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d{1,10}$/.test(value)) return Number(value) * 1_000;
  const dateMs = Date.parse(value);
  return Number.isFinite(dateMs) ? Math.max(0, dateMs - nowMs) : null;
}

/**
 * True when data fetched at `fetchedAtMs` is at least `maxAgeMs` old at `nowMs`, or when the
 * timestamp is unusable or in the future (the clock moved back): then fetch again.
 */
export function isStale(fetchedAtMs: number, nowMs: number, maxAgeMs: number): boolean {
  if (!Number.isFinite(fetchedAtMs) || !Number.isFinite(nowMs)) return true;
  if (fetchedAtMs > nowMs) return true;
  return nowMs - fetchedAtMs >= maxAgeMs;
}
