/**
 * Runs @mozilla/readability on a pre-cleaned clone of the page, bounded: the DOM is measured
 * first (dom-limits.ts), `maxElemsToParse` is set, and any exception becomes `null`. The
 * serializer hands back Readability's own content node, so no HTML string is ever re-parsed.
 * Pinned by tests/unit/article/extract.test.ts and hostile.test.ts.
 */
import { Readability } from '@mozilla/readability';
import { bodyOf, checkDomLimits, MAX_ELEMENTS, type Refusal } from '../dom-limits';
import { removeNoiseElements } from './noise-nodes';
import { protectEmbeddedPosts } from './protect-embeds';

/** What Readability found: its content element and the metadata it guessed. */
export interface ReadabilityResult {
  content: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

/**
 * A copy of `doc` that Readability can read: a clone, or for an XHTML document (lower-case
 * tag names, which Readability does not expect) its elements imported into a new HTML document.
 */
function cloneAsHtml(doc: Document): Document {
  const root = doc.documentElement!;
  const create = doc.implementation?.createHTMLDocument;
  if (root.tagName === 'HTML' || !create) return doc.cloneNode(true) as Document;
  const html = doc.implementation.createHTMLDocument('');
  html.documentElement.replaceWith(html.importNode(root, true));
  return html;
}

/** Parses `doc` (never modified: a copy is used), or says why the page was refused or failed. */
export function runReadability(doc: Document): ReadabilityResult | { refused: Refusal | 'no-content' } {
  const refusal = checkDomLimits(doc);
  if (refusal) return { refused: refusal };
  try {
    const clone = cloneAsHtml(doc);
    const body = bodyOf(clone);
    if (body) {
      protectEmbeddedPosts(body);
      removeNoiseElements(body);
    }
    const parsed = new Readability<Node>(clone, {
      maxElemsToParse: MAX_ELEMENTS,
      keepClasses: true,
      serializer: (node) => node,
    }).parse();
    const content = parsed?.content;
    if (!parsed || !content || content.nodeType !== 1) return { refused: 'no-content' };
    return {
      content: content as Element,
      title: parsed.title?.trim() || null,
      byline: parsed.byline?.trim() || null,
      siteName: parsed.siteName?.trim() || null,
      lang: parsed.lang?.trim() || null,
      publishedTime: parsed.publishedTime?.trim() || null,
    };
  } catch {
    return { refused: 'no-content' };
  }
}
