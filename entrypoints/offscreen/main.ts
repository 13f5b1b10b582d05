/**
 * Chrome's offscreen document: parses a page's serialized HTML with DOMParser (inert: no
 * scripts run, nothing loads) and runs lib/'s DOM half on it, off the page's main thread.
 * (Firefox's background page does the same in-process; see lib/background/parse-html.ts.)
 */
import { browser } from '#imports';
import { parseAndExtract } from '../../lib/background/parse-html';

browser.runtime.onMessage.addListener(
  (raw: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
    const message = raw as { target?: unknown; type?: unknown; html?: unknown; url?: unknown } | null;
    if (message?.target !== 'offscreen' || message.type !== 'extractPage') return undefined;
    if (typeof message.html !== 'string' || typeof message.url !== 'string') {
      respond({ ok: false, error: 'bad request' });
      return undefined;
    }
    try {
      respond({ ok: true, value: parseAndExtract(new DOMParser(), message.html, message.url) });
    } catch (error) {
      respond({ ok: false, error: error instanceof Error ? error.message : 'extraction failed' });
    }
    return undefined;
  },
);
