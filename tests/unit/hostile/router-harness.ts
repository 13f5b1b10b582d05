/**
 * The background router with fake browser APIs whose every side effect is recorded, a database
 * seeded through the router itself (an article, a note, a clipping, a publisher edit), and a dump
 * of everything stored, so a test can say "nothing changed" by comparing two dumps.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { BackgroundDeps, Sender, TabState } from '../../../lib/background/deps';
import { handleMessage } from '../../../lib/background/router';
import { extractPage } from '../../../lib/extract-page';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { openDb, type Db } from '../../../lib/storage/open';
import { parseDocument } from '../../tools/dom';
import { freshIndexedDb } from '../storage/helpers';

export const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
export const ARTICLE_URL = 'https://example.com/news/opposition-rally-paris.html';
/** Our popup. */
export const POPUP: Sender = { url: `${ORIGIN}popup.html?tab=7` };
/** The content script in tab 7, which shows the stored article. */
export const CONTENT: Sender = { url: ARTICLE_URL, frameId: 0, tab: { id: 7, url: ARTICLE_URL } };

const ARTICLE_HTML = readFileSync('tests/fixtures/site/news/opposition-rally-paris.html', 'utf8');

export interface Harness {
  db: Db;
  deps: BackgroundDeps;
  send: (raw: unknown, sender: Sender) => ReturnType<typeof handleMessage>;
  /** Every store's records, settings, tab states and messages sent to tabs, as one string. */
  dump: () => Promise<string>;
}

/** A fresh database and router, seeded with one of each kind of record. */
export async function createHarness(): Promise<Harness> {
  freshIndexedDb();
  const db = await openDb();
  const states = new Map<number, TabState>();
  const effects: unknown[] = [];
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let id = 0;
  const deps: BackgroundDeps = {
    extensionOrigin: ORIGIN,
    db: async () => db,
    now: () => 1_700_000_000_000,
    newId: () => `id-${++id}`,
    getTabUrl: async () => ARTICLE_URL,
    describeTab: async () => null,
    extractFromHtml: async (html, url) => extractPage(parseDocument(html), url),
    sendToTab: async (tabId, message) => void effects.push(['sendToTab', tabId, message]),
    resendPage: async (tabId) => void effects.push(['resendPage', tabId]),
    injectPageUi: async (tabId) => void effects.push(['inject', tabId]),
    getSettings: async () => settings,
    saveSettings: async (next) => void (settings = next),
    setBadge: async (tabId, badge) => void effects.push(['badge', tabId, badge]),
    setTabState: async (tabId, state) => void states.set(tabId, state),
    getTabState: async (tabId) => states.get(tabId) ?? null,
  };
  const send = (raw: unknown, sender: Sender) => handleMessage(raw, sender, deps);
  const dump = async (): Promise<string> => {
    const stores: Record<string, unknown> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      stores[name] = [await db.getAllKeys(name), await db.getAll(name)];
    }
    return JSON.stringify({ stores, settings, states: [...states], effects });
  };
  await seed(send);
  return { db, deps, send, dump };
}

async function seed(send: Harness['send']): Promise<void> {
  const ok = async (raw: unknown, sender: Sender) => expect((await send(raw, sender)).ok).toBe(true);
  await ok({ type: 'pageSerialized', url: ARTICLE_URL, html: ARTICLE_HTML }, CONTENT);
  await ok({ type: 'saveNote', pageKey: ARTICLE_URL, text: 'A note 🙂 עברית' }, POPUP);
  const quote = { exact: 'Exiled Opposition', prefix: '', suffix: '' };
  const clipping = { url: ARTICLE_URL, selectors: { quote, position: null }, note: 'n', tags: ['t'] };
  await ok({ type: 'saveClipping', ...clipping }, CONTENT);
  await ok({ type: 'setPublisherText', domain: 'example.com', field: 'notes', text: 'x' }, POPUP);
  await ok({ type: 'saveSettings', settings: { badge: false, pausedSites: ['a.example'] } }, POPUP);
}

/** Asserts a typed refusal: `{ ok: false, error }` with a short string error. */
export function expectRefusal(result: unknown): void {
  expect(result).toMatchObject({ ok: false });
  const error = (result as { error: unknown }).error;
  expect(typeof error).toBe('string');
  expect((error as string).length).toBeLessThanOrEqual(500);
  expect(Object.keys(result as object).sort()).toEqual(['error', 'ok']);
}
