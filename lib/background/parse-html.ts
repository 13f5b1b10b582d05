/**
 * Serialized page HTML -> the DOM half of the PageContext, wherever a DOMParser exists (Chrome's
 * offscreen document, Firefox's background page). DOMParser documents are inert: scripts do not
 * run and nothing is fetched. A <base> keeps relative links resolving against the page URL.
 */
import type { PageContext } from '../models/page-context';
import { extractPage } from '../extract-page';
import { toSafeHttpUrl } from '../urls';

/** Parses `html` as the page at `url` and extracts its context. */
export function parseAndExtract(parser: DOMParser, html: string, url: string): PageContext {
  const doc = parser.parseFromString(html, 'text/html');
  const safeUrl = toSafeHttpUrl(url);
  if (safeUrl && doc.head && !doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', safeUrl);
    doc.head.prepend(base);
  }
  return extractPage(doc, url);
}
