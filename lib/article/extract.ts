/**
 * Full article pass: main text through @mozilla/readability on a clone of the document, plus
 * metadata read from what the page says about itself. Runs only on pages the detector accepted.
 */
import { Readability } from '@mozilla/readability';
import type { Article } from '../models/page-context';
import { readMetadata } from './metadata';

/** Paragraph texts of Readability's content, joined with blank lines. */
function paragraphsOf(contentDoc: Element): string {
  const blocks = contentDoc.querySelectorAll('p, h2, h3, h4, li, blockquote, pre');
  const parts: string[] = [];
  for (const el of Array.from(blocks)) {
    if (el.querySelector('p, li, blockquote')) continue; // keep innermost blocks only
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
  }
  if (parts.length === 0) {
    const all = (contentDoc.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (all) parts.push(all);
  }
  return parts.join('\n\n');
}

/** Extracts the article's metadata and body text, or null when there is no readable body. */
export function extractArticle(doc: Document, url: string): Article | null {
  if (!doc.documentElement) return null;
  const meta = readMetadata(doc, url);
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    const clone = doc.cloneNode(true) as Document;
    // The serializer hands back Readability's own node: no HTML string is ever re-parsed.
    parsed = new Readability<Node>(clone, { charThreshold: 300, serializer: (node) => node }).parse();
  } catch {
    parsed = null;
  }
  let text = '';
  const content = parsed?.content;
  if (content && content.nodeType === 1) text = paragraphsOf(content as Element);
  if (!text && parsed?.textContent) text = parsed.textContent.replace(/\s+/g, ' ').trim();
  const title = meta.title ?? parsed?.title?.trim() ?? '';
  return {
    ...meta.article,
    title,
    byline: meta.article.byline ?? (parsed?.byline?.trim() || null),
    siteName: meta.article.siteName ?? (parsed?.siteName?.trim() || null),
    lang: meta.article.lang ?? (parsed?.lang || null),
    text,
  };
}

