/**
 * The text half of the pipeline: organizations and claims of the article text. Needs no DOM, so
 * it runs in the service worker (and in Node), never on the page's main thread.
 */
import type { PageContext } from './models/page-context';
import { extractClaims } from './claims/index';
import { extractOrganizations } from './organizations/index';

/** Adds organizations and claims of the article text to a context from `extractPage`. */
export function addTextAnalysis(context: PageContext): PageContext {
  const text = context.article?.text ?? '';
  if (!context.isArticle || !text) return { ...context, organizations: [], claims: [] };
  const organizations = extractOrganizations(text);
  const claims = extractClaims(text, organizations);
  return { ...context, organizations, claims };
}
