/**
 * Always-on content script (declared in wxt.config.ts `content_scripts`): the cheap "is this an
 * article?" decision on every http(s) page, again on single-page-app navigation. On an article
 * it sends the serialized page to the background, which parses it off the page's main thread
 * (offscreen document / Firefox background page). It never loads Readability or NLP, never
 * opens IndexedDB and never changes the DOM.
 *
 * Why an unlisted script and not `defineContentScript`: WXT's content-script runtime with the
 * webextension-polyfill costs ~4 ms of script time on every page before our code runs, against
 * ~0.04 ms for a plain script (measured with `npm run bench -- --quick`, see README). Firefox's
 * `browser` and Chrome MV3's `chrome` both return promises for the two calls used here.
 */
import { defineUnlistedScript } from '#imports';
import { detectArticle } from '../lib/article/detect';
import type { ContentMessage } from '../lib/messages/contract';
import { DETECTOR_HANDLE, type DetectorHandle } from '../lib/messages/detector-handle';

/** Largest page we hand to the background (characters of HTML). */
const MAX_HTML = 8_000_000;

interface MinimalStorage {
  local: { get: (key: string) => Promise<Record<string, unknown>> };
}

interface MinimalRuntime {
  id?: string;
  sendMessage: (message: unknown) => Promise<unknown>;
}

export default defineUnlistedScript(() => {
  type Api = { runtime?: MinimalRuntime; storage?: MinimalStorage };
  // The extension APIs are looked up only when there is something to send: on a page that is not
  // an article the script never touches them (their bindings cost ~1 ms to set up cold, more than
  // the detection itself on most pages; measured with `npm run bench`).
  const extensionApi = (): Api | undefined => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return g.browser?.runtime ? g.browser : g.chrome;
  };
  let lastUrl = '';

  const send = (message: ContentMessage): void => {
    const runtime = extensionApi()?.runtime;
    if (!runtime?.id) return; // the extension was updated or removed: this script is orphaned
    runtime.sendMessage(message).catch(() => undefined);
  };
  const sendPage = (): void => {
    const html = document.documentElement?.outerHTML ?? '';
    if (html.length > MAX_HTML) {
      send({
        type: 'articleExtractionFailed',
        url: location.href,
        reason: 'This page is too large to read.',
      });
      return;
    }
    send({ type: 'pageSerialized', url: location.href, html });
  };
  /** The reader paused Source Context on this site (settings.pausedSites holds registrable domains). */
  const isPausedHere = async (): Promise<boolean> => {
    const stored = await extensionApi()
      ?.storage?.local.get('settings')
      .catch(() => null);
    const sites = (stored?.settings as { pausedSites?: unknown } | undefined)?.pausedSites;
    const host = location.hostname;
    return (
      Array.isArray(sites) &&
      sites.some((d) => typeof d === 'string' && (host === d || host.endsWith('.' + d)))
    );
  };
  const inspect = (): void => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    if (!detectArticle(document, location.href, { quick: true }).isArticle) return;
    void isPausedHere().then((paused) => paused || sendPage());
  };

  // The popup asks what this page is, and the retry button asks for the page again, through
  // `scripting.executeScript` calling this handle (no message listener to set up on every page).
  const handle: DetectorHandle = {
    describe: () => ({
      url: location.href,
      title: document.title.slice(0, 2_000),
      detection: detectArticle(document, location.href),
    }),
    resend: () => {
      if (!extensionApi()?.runtime?.id) return false; // orphaned by an update: inject a new one
      lastUrl = '';
      inspect();
      return true;
    },
  };
  Object.defineProperty(globalThis, DETECTOR_HANDLE, { value: handle, configurable: true });

  // Single-page apps: the Navigation API where there is one, else a cheap URL check.
  const nav = (globalThis as unknown as { navigation?: EventTarget }).navigation;
  const later = (): void => void setTimeout(inspect, 1_000);
  if (nav?.addEventListener) nav.addEventListener('navigatesuccess', later);
  else setInterval(() => location.href !== lastUrl && later(), 2_000);
  inspect();
});
