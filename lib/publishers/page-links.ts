/**
 * The publisher's own links from the page chrome: anchors inside header, footer and nav (and
 * their ARIA roles). Same-site anchors are classified by text and path (link-kinds.ts); social
 * accounts and Wikipedia/Wikidata links may be off-site. When a page has no chrome elements,
 * every anchor is read, but a social account then counts only if its handle resembles the
 * domain, so an article's link to someone else's account is not taken for the publisher's.
 * Work is bounded: at most `MAX_ANCHORS` anchors are read.
 */
import type { z } from '../models/zod';
import type { PublisherLinkSchema } from '../models/page-context';
import { classifyPageLink, classifySocialLink, isReferenceSite } from './link-kinds';
import { registrableDomain } from './domain';
import { compactName } from './names';
import { parseHttpUrl } from './safe-url';

type PublisherLink = z.infer<typeof PublisherLinkSchema>;

/** Most anchors read on one page. */
export const MAX_ANCHORS = 2_000;
/** Footers first (where about/contact/social links live), then headers, then navigation. */
const CHROME = ['footer, [role="contentinfo"]', 'header, [role="banner"]', 'nav, [role="navigation"]'];
/** Most anchors read in one container, so a mega-menu cannot use up the whole budget. */
const MAX_ANCHORS_PER_CONTAINER = 600;

function chromeAnchors(doc: Document): { anchors: Element[]; inChrome: boolean } {
  const seen = new Set<Element>();
  const containers = CHROME.flatMap((selector) => Array.from(doc.querySelectorAll(selector)).slice(0, 30));
  for (const container of containers) {
    const found = container.querySelectorAll('a[href]');
    const count = Math.min(found.length, MAX_ANCHORS_PER_CONTAINER, MAX_ANCHORS - seen.size);
    for (let i = 0; i < count; i++) {
      const a = found[i];
      if (a) seen.add(a);
    }
  }
  if (containers.length > 0) return { anchors: [...seen], inChrome: true };
  const all = doc.getElementsByTagName('a');
  const anchors: Element[] = [];
  for (let i = 0; i < all.length && anchors.length < MAX_ANCHORS; i++) {
    const a = all[i];
    if (a?.hasAttribute('href')) anchors.push(a);
  }
  return { anchors, inChrome: false };
}

function labelOf(a: Element): string {
  const text = (a.textContent ?? '').slice(0, 300).replace(/\s+/g, ' ').trim();
  return (text || a.getAttribute('aria-label') || a.getAttribute('title') || '').slice(0, 100).trim();
}

function handleMatchesDomain(handle: string, domain: string): boolean {
  const site = compactName(domain.split('.')[0] ?? '');
  const account = compactName(handle);
  return site.length >= 3 && account.length >= 3 && (account.includes(site) || site.includes(account));
}

/** The publisher's links by kind (first of each kind wins) and its Wikipedia/Wikidata links. */
export function readPageLinks(doc: Document, pageUrl: string): { links: PublisherLink[]; sameAs: string[] } {
  const domain = registrableDomain(pageUrl);
  const { anchors, inChrome } = chromeAnchors(doc);
  const links: PublisherLink[] = [];
  const sameAs: string[] = [];
  const isSameSite = (host: string) => host === domain || host.endsWith(`.${domain}`);
  for (const a of anchors) {
    const url = parseHttpUrl(a.getAttribute('href'), pageUrl);
    if (!url) continue;
    const href = url.href;
    const label = labelOf(a);
    let kind: string | null = null;
    if (isSameSite(url.hostname.toLowerCase())) kind = classifyPageLink(label, url);
    else if (isReferenceSite(url)) {
      if (inChrome && !sameAs.includes(href)) sameAs.push(href);
    } else {
      const social = classifySocialLink(url);
      if (social && (inChrome || handleMatchesDomain(social.handle, domain))) kind = social.kind;
    }
    if (kind && !links.some((l) => l.kind === kind)) links.push({ kind, url: href, ...(label && { label }) });
  }
  return { links, sameAs };
}

/** Social accounts among JSON-LD `sameAs` URLs, as links labelled with their handle. */
export function readSocialSameAs(urls: string[]): PublisherLink[] {
  const links: PublisherLink[] = [];
  for (const href of urls) {
    const social = classifySocialLink(new URL(href));
    if (social && !links.some((l) => l.kind === social.kind)) {
      links.push({ kind: social.kind, url: href, label: social.handle.slice(0, 100) });
    }
  }
  return links;
}
