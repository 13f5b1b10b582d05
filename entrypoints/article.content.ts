/**
 * The article pass, injected by the background only on pages the detector accepted: metadata
 * and main text through lib/ (Readability on a clone), sent to the background as a PageContext.
 * NLP runs in the background, not here.
 */
import { browser, defineContentScript } from '#imports';
import { extractPage } from '../lib/extract-page';
import { hashText } from '../lib/hash';
import type { ContentMessage } from '../lib/messages/contract';

export default defineContentScript({
  registration: 'runtime',
  main() {
    let message: ContentMessage;
    try {
      const context = extractPage(document, location.href);
      message = context.isArticle
        ? { type: 'articleExtracted', context, contentHash: hashText(context.article?.text ?? '') }
        : { type: 'articleExtractionFailed', url: location.href, reason: 'No article text was found on this page.' };
    } catch (error) {
      message = {
        type: 'articleExtractionFailed',
        url: location.href,
        reason: `Extraction failed: ${error instanceof Error ? error.message : 'unknown error'}`.slice(0, 500),
      };
    }
    browser.runtime.sendMessage(message).catch(() => undefined);
  },
});
