/**
 * The DOM half of the pipeline: detection, metadata, main text and publisher facts, with no NLP,
 * so the article pass injected into pages stays lean. Runs in the page, and in Node for analyze.
 */
import { detectArticle } from './article/detect';
import { extractArticle } from './article/extract';
import type { PageContext, PagePublisher } from './models/page-context';
import { readPublisher, registrableDomain } from './publishers/from-page';

/** The page's publisher facts; only its domain when the document cannot be read (no root element). */
function readPublisherSafely(
  doc: Document,
  url: string,
  siteName: string | null,
  authors: readonly string[] | undefined,
): PagePublisher {
  try {
    return readPublisher(doc, url, siteName, authors);
  } catch {
    return { name: null, domain: registrableDomain(url) };
  }
}

/** Detection, metadata, main text and publisher facts of one document; organizations and claims empty. */
export function extractPage(doc: Document, url: string): PageContext {
  const detection = detectArticle(doc, url);
  const article = detection.isArticle ? extractArticle(doc, url) : null;
  const isArticle = detection.isArticle && article !== null && article.text.length > 0;
  return {
    url,
    isArticle,
    detection,
    article: isArticle ? article : null,
    publisher: readPublisherSafely(doc, url, article?.siteName ?? null, article?.authors),
    organizations: [],
    claims: [],
  };
}
