/**
 * What a page says about its publisher: name (og:site_name, application-name, then the domain)
 * and the registrable domain by the Public Suffix List (tldts), so www./m./amp. are one publisher.
 */
import { getDomain, getHostname } from 'tldts';
import type { PagePublisher } from '../models/page-context';

/** Registrable domain (eTLD+1) of a URL, or its hostname when it has none (localhost, IPs). */
export function registrableDomain(url: string): string {
  const domain = getDomain(url, { allowPrivateDomains: true });
  if (domain) return domain;
  return getHostname(url) ?? '';
}

/** Publisher facts from the page itself. */
export function readPublisher(doc: Document, url: string, siteName: string | null): PagePublisher {
  const domain = registrableDomain(url);
  const name =
    siteName ??
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ??
    null;
  return { name: name || null, domain, nameSource: name ? 'page' : null };
}
