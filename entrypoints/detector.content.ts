/**
 * Always-on content script: the cheap "is this an article?" decision on every http(s) page, again
 * on single-page-app navigation. It never loads Readability or NLP, never opens IndexedDB, and
 * never touches the DOM: on an article it asks the background to inject the article pass.
 * Kept tiny (bench: `alwaysOnGzipBytes`); it imports no zod, only types from the contract.
 */
import { browser, defineContentScript } from '#imports';
import { detectArticle } from '../lib/article/detect';
import type { ContentMessage, PageDescription } from '../lib/messages/contract';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastUrl = '';
    const inspect = (): void => {
      if (ctx.isInvalid || location.href === lastUrl) return;
      lastUrl = location.href;
      const detection = detectArticle(document, location.href);
      if (!detection.isArticle) return;
      const message: ContentMessage = { type: 'articleDetected', url: location.href };
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    browser.runtime.onMessage.addListener((raw: unknown) => {
      if (ctx.isInvalid || (raw as { type?: unknown } | null)?.type !== 'describePage') return undefined;
      const description: PageDescription = {
        url: location.href,
        title: document.title.slice(0, 2_000),
        detection: detectArticle(document, location.href),
      };
      return Promise.resolve(description);
    });
    // SPA navigation: WXT emits this on history changes; give the new view a moment to render.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(inspect, 1_000);
    });
    inspect();
  },
});
