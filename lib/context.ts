/**
 * The pipeline, in two halves so each runs where it is cheapest:
 * - `extractPage` needs the DOM (content script, offscreen document, Node with linkedom);
 * - `addTextAnalysis` needs only text (service worker, Node).
 * `analyzePage` runs both; `npm run analyze` and the extension share this code.
 */
import { detectArticle } from './article/detect';
import { extractArticle } from './article/extract';
import type { PageContext } from './models/page-context';
import { extractClaims } from './claims/index';
import { extractOrganizations } from './organizations/index';
import { readPublisher } from './publishers/from-page';

/** DOM half: detection, metadata, main text and publisher facts; no NLP. */
export function extractPage(doc: Document, url: string): PageContext {
  const detection = detectArticle(doc);
  const article = detection.isArticle ? extractArticle(doc, url) : null;
  const isArticle = detection.isArticle && article !== null && article.text.length > 0;
  return {
    url,
    isArticle,
    detection,
    article: isArticle ? article : null,
    publisher: readPublisher(doc, url, article?.siteName ?? null),
    organizations: [],
    claims: [],
  };
}

/** Text half: organizations and claims of the article text. */
export function addTextAnalysis(context: PageContext): PageContext {
  const text = context.article?.text ?? '';
  if (!context.isArticle || !text) return { ...context, organizations: [], claims: [] };
  const organizations = extractOrganizations(text);
  const claims = extractClaims(text, organizations);
  return { ...context, organizations, claims };
}

/** The whole pipeline on one document. */
export function analyzePage(doc: Document, url: string): PageContext {
  return addTextAnalysis(extractPage(doc, url));
}
