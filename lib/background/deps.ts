/**
 * What the background router needs from the browser, injected so lib/ stays testable.
 */
import type { PageDescription, TabMessage } from '../messages/contract';
import type { Settings } from '../settings';
import type { Db } from '../storage/open';
import type { ArticleSnapshot } from '../storage/clippings';
import type { PageRecord } from '../storage/records';
import type { Badge } from './badge';

export interface Sender {
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface TabState {
  state: 'pending' | 'failed' | 'article' | 'not-article';
  url: string;
  reason: string | null;
}

export interface BackgroundDeps {
  /** `chrome-extension://<id>/` (or `moz-extension://…/`): messages from here are our own pages. */
  extensionOrigin: string;
  db: () => Promise<Db>;
  now: () => number;
  newId: () => string;
  /** The tab's current URL, or null when the tab is gone or its URL is hidden from us. */
  getTabUrl: (tabId: number) => Promise<string | null>;
  /** Asks the detector in the tab what the page is; null when no content script answers. */
  describeTab: (tabId: number) => Promise<PageDescription | null>;
  /** Asks the detector in the tab to detect again and send the page (the popup's retry). */
  resendPage: (tabId: number) => Promise<void>;
  /** Parses serialized page HTML and runs lib/'s DOM half (offscreen document or background page). */
  extractFromHtml: (html: string, url: string) => Promise<unknown>;
  /** Sends a message to the content scripts of a tab's top frame; resolves with their answer. */
  sendToTab: (tabId: number, message: TabMessage) => Promise<unknown>;
  /** Injects the in-page UI (highlights, clipping button) into an article tab. */
  injectPageUi: (tabId: number) => Promise<void>;
  /** The reader's settings (badge, highlights, open data, paused sites). */
  getSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  setTabState: (tabId: number, state: TabState) => Promise<void>;
  getTabState: (tabId: number) => Promise<TabState | null>;
  /** Shows the badge on the tab's toolbar button (the caller honours the badge setting). */
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
  onPageStored?: (record: PageRecord, isNew: boolean, tabId: number) => Promise<void>;
  /**
   * What each tab's in-page UI last loaded of its article (kept in memory, by tab id, with the
   * page key of the URL it was loaded for): a save made there copies from it instead of reading
   * the article's record again. Optional: without it every save reads the record.
   */
  articleSnapshots?: Map<number, { urlKey: string; snapshot: ArticleSnapshot }>;
}
