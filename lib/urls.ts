/**
 * URL helpers shared by every context: which links may become `href`s (http(s) only), and the
 * page key that makes one article out of its canonical, AMP, mobile and tracking-parameter URLs.
 */

const TRACKING_PARAMS =
  /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|smid|ocid|at_medium|at_campaign|__twitter_impression)$/i;

/** The URL when it is an absolute http(s) URL (after trimming), else null. Use before any `href`. */
export function toSafeHttpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 8_192) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

/**
 * Normalises a page URL into the key articles are stored under: no fragment, no tracking
 * parameters, lower-case host, no `www.`/`m.`/`amp.` host prefix, no `/amp` path suffix.
 */
export function toPageKey(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw.slice(0, 8_192);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href.slice(0, 8_192);
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(name)) u.searchParams.delete(name);
  }
  u.searchParams.sort();
  const host = u.hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');
  let path = u.pathname.replace(/\/amp\/?$/, '/').replace(/\.amp(\.html)?$/, '$1');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const query = u.searchParams.toString();
  return `https://${host}${u.port ? ':' + u.port : ''}${path}${query ? '?' + query : ''}`;
}

/** The keys a page is known by: its own URL and the canonical URL it declares. */
export function pageKeysOf(url: string, canonicalUrl: string | null | undefined): string[] {
  const keys = new Set([toPageKey(url)]);
  const canonical = toSafeHttpUrl(canonicalUrl);
  if (canonical) keys.add(toPageKey(canonical));
  return [...keys];
}
