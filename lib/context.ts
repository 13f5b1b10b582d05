/**
 * The pipeline, in two halves so each runs where it is cheapest:
 * - `extractPage` (lib/extract-page.ts) needs the DOM (article pass in the page, Node with linkedom);
 * - `addTextAnalysis` (lib/analyze-text.ts) needs only text (service worker, Node).
 * `analyzePage` runs both; `npm run analyze`, eval, bench and the extension share this code.
 */
import type { PageContext } from './models/page-context';
import { addTextAnalysis } from './analyze-text';
import { extractPage } from './extract-page';

/** The whole pipeline on one document. */
export function analyzePage(doc: Document, url: string): PageContext {
  return addTextAnalysis(extractPage(doc, url));
}

export { addTextAnalysis, extractPage };
