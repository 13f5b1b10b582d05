/**
 * What a page says about its publisher: name (with its source), logo, the publisher's own links
 * by kind, `sameAs` links (Wikipedia/Wikidata among them) and whether the article carries a
 * personal byline. Keyed by the registrable domain (domain.ts). Everything from the page is
 * hostile: JSON-LD is validated field by field, only http(s) links are kept, and work is bounded.
 * Pinned by tests/fixtures/publishers/pages/*.html (from-page.test.ts).
 */
import type { PagePublisher } from '../models/page-context';
import { hasPersonalAuthor, type AuthorCandidate } from './byline';
import { registrableDomain } from './domain';
import { readJsonLdPublisher, type JsonLdPublisher } from './json-ld-publisher';
import { readPageLinks, readSocialSameAs } from './page-links';
import { readPublisherName } from './publisher-name';
import { toHttpUrl } from './safe-url';

export { registrableDomain } from './domain';

function readLogo(doc: Document, url: string, jsonLd: JsonLdPublisher): string | null {
  if (jsonLd.logo) return jsonLd.logo;
  for (const selector of ['link[rel~="apple-touch-icon" i]', 'link[rel~="icon" i]']) {
    const href = toHttpUrl(doc.querySelector(selector)?.getAttribute('href'), url);
    if (href) return href;
  }
  return null;
}

function readAuthors(doc: Document, jsonLd: JsonLdPublisher, authors?: readonly string[]): AuthorCandidate[] {
  if (authors) {
    // The article module's list; JSON-LD still tells persons from organizations by name.
    return authors.slice(0, 50).map((name) => ({
      name,
      isPerson: jsonLd.authors.find((a) => a.name === name)?.isPerson ?? null,
    }));
  }
  if (jsonLd.authors.length > 0) return jsonLd.authors;
  const meta = doc.querySelector('meta[name="author"]')?.getAttribute('content')?.slice(0, 300);
  return meta?.trim() ? [{ name: meta.trim() }] : [];
}

function mergeUnique(first: string[], second: string[], max: number): string[] {
  return [...new Set([...first, ...second])].slice(0, max);
}

/**
 * Publisher facts from the page itself.
 * @param siteName the article's site name, when the article pass found one
 * @param authors the article's authors, when known; otherwise JSON-LD and meta[name=author] are read
 */
export function readPublisher(
  doc: Document,
  url: string,
  siteName: string | null,
  authors?: readonly string[],
): PagePublisher {
  const domain = registrableDomain(url);
  const jsonLd = readJsonLdPublisher(doc, url);
  const named = readPublisherName(doc, domain, {
    jsonLd: jsonLd.name,
    website: jsonLd.websiteName,
    siteName,
  });
  const page = readPageLinks(doc, url);
  const links = [...jsonLd.policyLinks];
  for (const link of [...readSocialSameAs(jsonLd.sameAs), ...page.links])
    if (!links.some((l) => l.kind === link.kind)) links.push(link);
  const publisherNames = [named?.name, jsonLd.name, jsonLd.websiteName, siteName, domain].filter(
    (n): n is string => Boolean(n),
  );
  return {
    name: named?.name ?? null,
    domain,
    nameSource: named?.source ?? null,
    logo: readLogo(doc, url, jsonLd),
    links: links.slice(0, 100),
    sameAs: mergeUnique(jsonLd.sameAs, page.sameAs, 50),
    hasPersonalByline: hasPersonalAuthor(readAuthors(doc, jsonLd, authors), publisherNames),
  };
}
