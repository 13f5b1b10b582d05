/**
 * Background (MV3 service worker in Chrome, event page in Firefox): thin wiring of browser APIs
 * into lib/background/router. It keeps no state in memory: tab states live in storage.session and
 * everything else in IndexedDB, opened lazily. Pages are parsed in Chrome's offscreen document,
 * or right here where a DOMParser exists (Firefox's background page).
 */
import { browser, defineBackground, type Browser } from '#imports';
import { handleMessage, servePort } from '../../lib/background/router';
import type { BackgroundDeps, TabState } from '../../lib/background/deps';
import { parseAndExtract } from '../../lib/background/parse-html';
import { DETECTOR_HANDLE, PageDescriptionSchema, type DetectorHandle } from '../../lib/messages/contract';
import { openDb, requestPersistence, type Db } from '../../lib/storage/open';
import { ensureOffscreenDocument } from './offscreen';
import { refreshOpenData, type RetryStore } from '../../lib/background/open-data';
import { loadSettings, saveSettings } from '../../lib/settings';

export default defineBackground(() => {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same calls.
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  let dbPromise: Promise<Db> | null = null;
  const db = (): Promise<Db> => {
    dbPromise ??= openDb({ onVersionChange: () => (dbPromise = null) }).catch((error: unknown) => {
      dbPromise = null;
      throw error;
    });
    return dbPromise;
  };
  const session = browser.storage.session ?? browser.storage.local;
  const tabKey = (tabId: number): string => `tab:${tabId}`;
  const retryKey = (domain: string): string => `od-retry:${domain}`;
  const retries: RetryStore = {
    async get(domain) {
      const stored = await session.get(retryKey(domain));
      return (stored[retryKey(domain)] as { attempt: number; notBeforeMs: number } | undefined) ?? null;
    },
    async set(domain, value) {
      if (value) await session.set({ [retryKey(domain)]: value });
      else await session.remove(retryKey(domain));
    },
  };

  /**
   * Calls the detector's handle in the tab's top frame (its isolated world). Where there is no
   * detector (a tab opened before the extension was installed or updated), injects it first, which
   * also lets it detect and send the page. Resolves with what the handle returned, or null.
   */
  const callDetector = async (tabId: number, method: keyof DetectorHandle): Promise<unknown> => {
    const call = async (): Promise<{ present: boolean; value: unknown } | null> => {
      const [result] = await browser.scripting
        .executeScript({
          target: { tabId, frameIds: [0] },
          func: (name: string, key: string) => {
            const handle = (globalThis as Record<string, unknown>)[name] as
              Record<string, () => unknown> | undefined;
            return handle
              ? { present: true, value: handle[key]?.() ?? null }
              : { present: false, value: null };
          },
          args: [DETECTOR_HANDLE, method],
        })
        .catch(() => [] as { result?: unknown }[]);
      return (result?.result as { present: boolean; value: unknown } | undefined) ?? null;
    };
    const first = await call();
    if (!first) return null; // not scriptable (browser pages, the store, PDFs...)
    const orphaned = method === 'resend' && first.value === false;
    if (first.present && !orphaned) return first.value;
    await browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, files: ['/detector.js'] })
      .catch(() => undefined);
    return method === 'describe' ? ((await call())?.value ?? null) : null;
  };

  const deps: BackgroundDeps = {
    extensionOrigin: browser.runtime.getURL('/'),
    db,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    articleSnapshots: new Map(),
    async getTabUrl(tabId) {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      return tab?.url ?? null;
    },
    async describeTab(tabId) {
      const answer = await callDetector(tabId, 'describe');
      const parsed = PageDescriptionSchema.safeParse(answer);
      return parsed.success ? parsed.data : null;
    },
    async resendPage(tabId) {
      await callDetector(tabId, 'resend');
    },
    async extractFromHtml(html, url) {
      if (typeof DOMParser !== 'undefined') return parseAndExtract(new DOMParser(), html, url);
      await ensureOffscreenDocument();
      const answer = (await browser.runtime.sendMessage({
        target: 'offscreen',
        type: 'extractPage',
        html,
        url,
      })) as { ok: true; value: unknown } | { ok: false; error: string } | undefined;
      if (!answer) throw new Error('the parser did not answer');
      if (!answer.ok) throw new Error(answer.error);
      return answer.value;
    },
    async sendToTab(tabId, message) {
      return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    },
    async injectPageUi(tabId) {
      await browser.scripting
        .executeScript({ target: { tabId, frameIds: [0] }, files: ['/clipper.js'] })
        .catch(() => undefined); // the tab navigated away or is not scriptable
    },
    getSettings: () => loadSettings(browser.storage.local),
    saveSettings: (settings) => saveSettings(browser.storage.local, settings),
    async setTabState(tabId, state) {
      await session.set({ [tabKey(tabId)]: state });
    },
    async setBadge(tabId, badge) {
      const { badge: enabled } = await loadSettings(browser.storage.local);
      await action.setBadgeText({ tabId, text: enabled ? badge.text : '' }).catch(() => undefined);
      await action.setTitle({ tabId, title: badge.title }).catch(() => undefined);
      await action
        .setBadgeBackgroundColor({ tabId, color: badge.text === '!' ? '#b3261e' : '#0b57d0' })
        .catch(() => undefined);
    },
    async onPageStored(record) {
      const { openDataLookup } = await loadSettings(browser.storage.local);
      if (!openDataLookup) return;
      // Not awaited: the lookup fills the card in later and never holds up storing the article.
      void refreshOpenData(await db(), record.publisherDomain, retries, {
        fetch: (input, init) => fetch(input, init),
        now: () => Date.now(),
        timeoutMs: 8_000,
        userAgent: `SourceContext/${browser.runtime.getManifest().version} (browser extension; open-data lookup)`,
      }).catch(() => undefined);
    },
    async getTabState(tabId) {
      const stored = await session.get(tabKey(tabId));
      return (stored[tabKey(tabId)] as TabState | undefined) ?? null;
    },
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if ((raw as { target?: unknown } | null)?.target === 'offscreen') return undefined; // not ours
    return handleMessage(raw, sender, deps);
  });
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => servePort(port, deps));
  browser.tabs.onRemoved.addListener((tabId: number) => {
    deps.articleSnapshots?.delete(tabId);
    void session.remove(tabKey(tabId));
  });
  browser.tabs.onUpdated.addListener((tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    // A new page in the tab: the old page's badge no longer applies.
    if (change.url) void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  });
  // Chrome keeps menu items across service-worker restarts (create once, on install); Firefox's
  // background page must create them every time it starts.
  const createMenu = (): void => {
    void browser.contextMenus
      .removeAll()
      .then(() =>
        browser.contextMenus.create({ id: 'save-clipping', title: 'Save clipping', contexts: ['selection'] }),
      )
      .catch(() => undefined);
  };
  if (import.meta.env.FIREFOX) createMenu();
  browser.runtime.onInstalled.addListener(() => {
    void requestPersistence(navigator);
    if (!import.meta.env.FIREFOX) createMenu();
  });
  const clipInTab = (tabId: number | undefined): void => {
    if (tabId !== undefined && tabId >= 0)
      void deps.sendToTab(tabId, { type: 'clipSelection' }).catch(() => undefined);
  };
  browser.contextMenus.onClicked.addListener(
    (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
      if (info.menuItemId === 'save-clipping') clipInTab(tab?.id);
    },
  );
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command === 'save-clipping') clipInTab(tab?.id);
  });
});
