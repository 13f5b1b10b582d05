/**
 * Chrome's offscreen document (reason DOM_PARSER) where serialized pages are parsed. Created on
 * first need; a second concurrent create is avoided by sharing the promise.
 */
import { browser } from '#imports';

let creating: Promise<void> | null = null;

interface OffscreenApi {
  createDocument: (options: { url: string; reasons: string[]; justification: string }) => Promise<void>;
}
interface RuntimeWithContexts {
  getContexts?: (filter: { contextTypes: string[] }) => Promise<unknown[]>;
}

/** Makes sure the offscreen parser document exists. */
export async function ensureOffscreenDocument(): Promise<void> {
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) throw new Error('no DOM parser is available in this browser');
  const runtime = browser.runtime as unknown as RuntimeWithContexts;
  const existing = (await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
  if (existing.length > 0) return;
  creating ??= offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['DOM_PARSER'],
      justification: 'Parse the article a page shows, off that page’s main thread.',
    })
    .catch((error: unknown) => {
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => (creating = null));
  await creating;
}
