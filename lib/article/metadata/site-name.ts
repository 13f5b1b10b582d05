/**
 * The site's name, with its source: og:site_name, JSON-LD publisher.name, application-name,
 * the site affix cut off the title, then the registrable domain (never a bare host such as
 * `localhost`). Pinned by tests/unit/article/site-name.test.ts.
 */
import { getDomain } from 'tldts';
import { firstMeta, type MetaTags } from './meta-tags';

/** A site name and where it came from. */
export interface SiteNameResult {
  name: string | null;
  source: string | null;
}

/** Site names the page declares (og:site_name, publisher, application-name), best first. */
export function declaredSiteNames(meta: MetaTags, publisher: string | null): SiteNameResult[] {
  const out: SiteNameResult[] = [];
  const og = firstMeta(meta, ['og:site_name']);
  if (og) out.push({ name: og.value, source: 'og:site_name' });
  if (publisher) out.push({ name: publisher, source: 'json-ld-publisher' });
  const app = firstMeta(meta, ['application-name', 'apple-mobile-web-app-title']);
  if (app) out.push({ name: app.value, source: `meta:${app.key}` });
  return out;
}

/** The registrable domain of `url` (`www.bbc.co.uk` -> `bbc.co.uk`), or null. */
export function domainOf(url: string): string | null {
  try {
    return getDomain(url) ?? null;
  } catch {
    return null;
  }
}

/**
 * A declared name without its tagline ("Aktuálně.cz - Víte, co se právě děje" -> "Aktuálně.cz"):
 * the segment another declared name or the domain repeats, else a short first segment.
 */
export function dropTagline(name: string, others: readonly string[]): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  const segments = clean.split(/\s+[|–—:-]\s+/);
  if (segments.length < 2) return clean;
  const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const known = others.map(fold).filter((o) => o.length > 1);
  const named = segments.find((s) => known.some((k) => fold(s) === k || fold(s).startsWith(k)));
  if (named) return named;
  return segments[0]!.split(' ').length <= 3 ? segments[0]! : clean;
}

/** The best site name: a declared one, then the title affix, then the domain. */
export function readSiteName(
  declared: SiteNameResult[],
  titleAffix: string | null,
  url: string,
): SiteNameResult {
  const first = declared[0];
  const others = [...declared.slice(1).map((d) => d.name ?? ''), domainOf(url)?.split('.')[0] ?? ''];
  if (first?.name) return { name: dropTagline(first.name, others), source: first.source };
  if (titleAffix) return { name: titleAffix, source: 'title-affix' };
  const domain = domainOf(url);
  return domain ? { name: domain, source: 'domain' } : { name: null, source: null };
}
