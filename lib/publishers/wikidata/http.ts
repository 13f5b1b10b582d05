/**
 * One GET to a Wikimedia API with the client identified (`Api-User-Agent`), the lookup's shared
 * abort signal, a body size cap, and failures sorted into the lookup's error kinds: 429 (and 503
 * with Retry-After) is `rate-limited`, an abort is `timeout`, an unreadable body is `malformed`.
 */
import { parseRetryAfter } from './retry';

/** The failures a lookup reports. */
export type LookupError = 'not-found' | 'timeout' | 'rate-limited' | 'malformed' | 'network';

/** Largest response body read (Wikidata answers for one item are far smaller). */
export const MAX_BODY_CHARS = 2_000_000;

/** What every request of one lookup shares. */
export interface RequestContext {
  fetch: typeof fetch;
  signal: AbortSignal;
  userAgent: string;
  now: () => number;
}

export type JsonResponse =
  | { ok: true; json: unknown }
  | { ok: false; error: Exclude<LookupError, 'rate-limited'>; status?: number }
  | { ok: false; error: 'rate-limited'; retryAfterMs: number | null; status: number };

function failure(context: RequestContext): JsonResponse {
  return { ok: false, error: context.signal.aborted ? 'timeout' : 'network' };
}

/** GETs `url` and parses its JSON body; never throws. */
export async function requestJson(url: string, context: RequestContext): Promise<JsonResponse> {
  const { fetch: fetchFn, signal, userAgent } = context;
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: 'GET',
      headers: { Accept: 'application/json', 'Api-User-Agent': userAgent },
      signal,
      credentials: 'omit',
      redirect: 'follow',
    });
  } catch {
    return failure(context);
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), context.now());
  if (response.status === 429 || (response.status === 503 && retryAfterMs !== null)) {
    void response.body?.cancel().catch(() => undefined);
    return { ok: false, error: 'rate-limited', retryAfterMs, status: response.status };
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return { ok: false, error: response.status === 404 ? 'not-found' : 'network', status: response.status };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return failure(context);
  }
  if (text.length > MAX_BODY_CHARS) return { ok: false, error: 'malformed' };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'malformed' };
  }
}
