/**
 * The publisher's name, from the most to the least deliberate statement: JSON-LD publisher,
 * og:site_name, application-name, JSON-LD WebSite, the article's site name, the part of the
 * <title> after a separator ("Story | Valley Herald"), and last the domain itself. Each answer
 * says where it came from (`nameSource`). Pinned by the fixture pages and publisher-name.test.ts.
 */
import { compactName } from './names';

/** A name and where it came from. */
export interface NameAnswer {
  name: string;
  source: string;
}

const SEPARATORS = / [|–—·•:»-]{1,2} | :: /;

function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').slice(0, 2_000).replace(/\s+/g, ' ').trim();
  return text && text.length <= 300 ? text : null;
}

function metaContent(doc: Document, selector: string): string | null {
  return clean(doc.querySelector(selector)?.getAttribute('content'));
}

function isShortName(text: string): boolean {
  return text.length <= 60 && text.split(' ').length <= 6;
}

/**
 * The site's part of a title: the first or last segment around a separator; one resembling the
 * domain wins, else the last when it is short.
 */
export function readTitleSuffix(title: string, domain: string): string | null {
  const parts = title
    .slice(0, 1_000)
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const site = compactName(domain.split('.')[0] ?? '');
  const resembles = (p: string) => {
    const c = compactName(p);
    return site.length >= 3 && c.length >= 3 && (c.includes(site) || site.includes(c));
  };
  if (resembles(last) && isShortName(last)) return last;
  if (resembles(first) && isShortName(first)) return first;
  return isShortName(last) ? last : null;
}

/** The first name found, in order of how deliberately the page states it. */
export function readPublisherName(
  doc: Document,
  domain: string,
  stated: { jsonLd: string | null; website: string | null; siteName: string | null },
): NameAnswer | null {
  const candidates: [string | null, string][] = [
    [clean(stated.jsonLd), 'json-ld'],
    [metaContent(doc, 'meta[property="og:site_name"]'), 'og:site_name'],
    [metaContent(doc, 'meta[name="application-name"]'), 'application-name'],
    [clean(stated.website), 'json-ld-website'],
    [clean(stated.siteName), 'article'],
    [readTitleSuffix(doc.title ?? '', domain), 'title'],
    [domain || null, 'domain'],
  ];
  for (const [name, source] of candidates) if (name) return { name, source };
  return null;
}
