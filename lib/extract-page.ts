/**
 * The DOM half of the pipeline: detection, metadata, main text and publisher facts, with no NLP,
 * so the article pass injected into pages stays lean. Runs in the page, and in Node for analyze.
 */
import { detectArticle } from './article/detect';
import { extractArticle } from './article/extract';
import type { PageContext } from './models/page-context';
import { readPublisher } from './publishers/from-page';

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
    publisher: readPublisher(doc, url, article?.siteName ?? null, article?.authors),
    organizations: [],
    claims: [],
  };
}
