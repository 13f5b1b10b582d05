import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, servePort, type ServedPort } from '../../../lib/background/router';
import { PAGE_UI_PORT } from '../../../lib/page-ui/background-line';
import type { BackgroundDeps, TabState } from '../../../lib/background/deps';
import { openDb, type Db } from '../../../lib/storage/open';
import { freshIndexedDb } from '../storage/helpers';
import { extractPage } from '../../../lib/extract-page';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { parseDocument } from '../../tools/dom';
import { readFileSync } from 'node:fs';

const ARTICLE_HTML = readFileSync('tests/fixtures/site/news/opposition-rally-paris.html', 'utf8');
const FRONT_HTML = readFileSync('tests/fixtures/site/world/index.html', 'utf8');

const ORIGIN = 'chrome-extension://abcdef/';
const POPUP = { url: `${ORIGIN}popup.html` };
const TAB = { url: 'https://example.com/a', tab: { id: 7, url: 'https://example.com/a' } };

function makeDeps(db: Db, overrides: Partial<BackgroundDeps> = {}) {
  const states = new Map<number, TabState>();
  const sent: [number, string][] = [];
  const injected: number[] = [];
  let id = 0;
  const deps: BackgroundDeps = {
    extensionOrigin: ORIGIN,
    db: async () => db,
    now: () => 1_700_000_000_000,
    newId: () => `id-${++id}`,
    getTabUrl: async () => 'https://example.com/a',
    describeTab: async () => null,
    extractFromHtml: async (html, url) => extractPage(parseDocument(html), url),
    sendToTab: async (tabId, message) => void sent.push([tabId, message.type]),
    resendPage: async (tabId) => void sent.push([tabId, 'resendPage']),
    injectPageUi: async (tabId) => void injected.push(tabId),
    getSettings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => undefined,
    setBadge: async () => undefined,
    setTabState: async (tabId, state) => void states.set(tabId, state),
    getTabState: async (tabId) => states.get(tabId) ?? null,
    ...overrides,
  };
  return { deps, states, sent, injected };
}

let db: Db;
beforeEach(async () => {
  freshIndexedDb();
  db = await openDb();
});

describe('background router', () => {
  it('a serialized article is parsed, analysed, stored and shown for its tab', async () => {
    const { deps, states } = makeDeps(db);
    const url = 'https://www.example.com/a?utm_source=x';
    const stored = await handleMessage({ type: 'pageSerialized', url, html: ARTICLE_HTML }, TAB, deps);
    expect(stored).toEqual({
      ok: true,
      value: { pageKey: 'https://example.com/news/opposition-rally-paris.html' },
    });
    expect(states.get(7)?.state).toBe('article');
    const view = await handleMessage({ type: 'getTabContext', tabId: 7 }, POPUP, deps);
    expect(view.ok && (view.value as { state: string }).state).toBe('article');
    const page = await db.get('pages', 'https://example.com/news/opposition-rally-paris.html');
    expect(page?.context.article?.title).toBe(
      'Exiled Opposition Rallies in Paris as Senate Passes New Sanctions',
    );
    expect(page?.urls).toContain('https://example.com/a');
  });

  it('a page that turns out not to be an article is not stored, and the tab says why', async () => {
    const { deps, states } = makeDeps(db);
    const front = { url: 'https://example.com/world/', tab: { id: 7, url: 'https://example.com/world/' } };
    await handleMessage({ type: 'pageSerialized', url: front.url, html: FRONT_HTML }, front, deps);
    expect(await db.count('pages')).toBe(0);
    expect(states.get(7)?.state).toBe('failed');
  });

  it('a parser failure is reported to the tab, not thrown', async () => {
    const { deps, states } = makeDeps(db, { extractFromHtml: async () => Promise.reject(new Error('boom')) });
    const result = await handleMessage(
      { type: 'pageSerialized', url: 'https://example.com/a', html: '<p>x' },
      TAB,
      deps,
    );
    expect(result.ok).toBe(false);
    expect(states.get(7)).toEqual({
      state: 'failed',
      url: 'https://example.com/a',
      reason: 'Extraction failed: boom',
    });
  });

  it('notes are saved, edited, deleted and restored from extension pages', async () => {
    const { deps } = makeDeps(db);
    const saved = await handleMessage(
      { type: 'saveNote', pageKey: 'https://example.com/a', text: 'hello' },
      POPUP,
      deps,
    );
    expect(saved.ok).toBe(true);
    const note = (saved as { value: { id: string } }).value;
    await handleMessage({ type: 'saveNote', pageKey: 'x', text: 'edited', id: note.id }, POPUP, deps);
    expect((await db.get('notes', note.id))?.text).toBe('edited');
    const deleted = await handleMessage({ type: 'deleteNote', id: note.id }, POPUP, deps);
    expect(await db.count('notes')).toBe(0);
    await handleMessage({ type: 'restoreNote', note: (deleted as { value: unknown }).value }, POPUP, deps);
    expect((await db.get('notes', note.id))?.text).toBe('edited');
  });

  it('refuses a content script speaking for another page than its tab shows', async () => {
    const { deps } = makeDeps(db);
    const result = await handleMessage(
      { type: 'pageSerialized', url: 'https://other.example/x', html: ARTICLE_HTML },
      TAB,
      deps,
    );
    expect(result).toEqual({ ok: false, error: 'A page may only speak for itself.' });
    expect(await db.count('pages')).toBe(0);
  });

  it('refuses UI commands from content scripts, and content events from unknown senders', async () => {
    const { deps } = makeDeps(db);
    const fromPage = await handleMessage(
      { type: 'saveNote', pageKey: 'https://example.com/a', text: 'x' },
      TAB,
      deps,
    );
    expect(fromPage.ok).toBe(false);
    expect(await db.count('notes')).toBe(0);
    const anonymous = await handleMessage(
      { type: 'articleExtractionFailed', url: 'https://e.com', reason: 'x' },
      {},
      deps,
    );
    expect(anonymous).toEqual({ ok: false, error: 'Unknown sender.' });
  });

  it('rejects every malformed message with a typed error and stores nothing', async () => {
    const { deps } = makeDeps(db);
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.boolean(), async (raw, fromPopup) => {
        const result = await handleMessage(raw, fromPopup ? POPUP : TAB, deps);
        expect(result.ok).toBe(false);
        expect(typeof (result as { error: string }).error).toBe('string');
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(await db.count('notes')).toBe(0);
    expect(await db.count('pages')).toBe(0);
  });

  it("answers the in-page UI's port as it answers one-off messages, with each request's number", async () => {
    const { deps } = makeDeps(db);
    const url = 'https://example.com/a';
    await handleMessage({ type: 'pageSerialized', url, html: ARTICLE_HTML }, TAB, deps);
    const fakePort = (name: string, sender: ServedPort['sender']) => {
      const listeners: ((m: unknown) => void)[] = [];
      const posted: unknown[] = [];
      const port: ServedPort = {
        name,
        sender,
        postMessage: (m) => void posted.push(m),
        onMessage: { addListener: (cb) => void listeners.push(cb) },
      };
      return { port, posted, post: (m: unknown) => listeners.forEach((cb) => cb(m)) };
    };
    const page = fakePort(PAGE_UI_PORT, TAB);
    servePort(page.port, deps);
    page.post({ id: 3, message: { type: 'getPageClippings', url } });
    page.post({ id: 4, message: { type: 'getPageClippings', url: 'https://other.example/x' } });
    page.post({ id: -1, message: { type: 'getPageClippings', url } }); // no valid number: unanswerable
    page.post('garbage');
    await vi.waitFor(() => expect(page.posted).toHaveLength(2));
    const byId = new Map((page.posted as { id: number; answer: unknown }[]).map((a) => [a.id, a.answer]));
    expect(byId.get(3)).toMatchObject({ ok: true, value: { clippings: [] } });
    expect(byId.get(4)).toEqual({ ok: false, error: 'A page may only speak for itself.' });
    // Ports of other names are not served at all.
    const other = fakePort('someone-else', TAB);
    servePort(other.port, deps);
    other.post({ id: 1, message: { type: 'getPageClippings', url } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(other.posted).toEqual([]);
  });

  it("remembers the article each tab's page UI loaded, and saves that tab's clippings from it", async () => {
    const articleSnapshots = new Map();
    const { deps } = makeDeps(db, { articleSnapshots });
    const url = 'https://example.com/a';
    const stored = await handleMessage({ type: 'pageSerialized', url, html: ARTICLE_HTML }, TAB, deps);
    const pageKey = (stored as { value: { pageKey: string } }).value.pageKey;
    expect(articleSnapshots.size).toBe(0);
    await handleMessage({ type: 'getPageClippings', url }, TAB, deps);
    expect(articleSnapshots.get(7)).toMatchObject({ urlKey: url, snapshot: { source: { pageKey } } });
    const save = {
      type: 'saveClipping',
      url,
      selectors: { quote: { exact: 'Paris', prefix: '', suffix: '' }, position: null },
      note: '',
      tags: [],
    };
    expect(await handleMessage(save, TAB, deps)).toMatchObject({ ok: true });
    // Stored again (the page was re-read): forgotten until the page UI loads it again.
    await handleMessage({ type: 'pageSerialized', url, html: ARTICLE_HTML }, TAB, deps);
    expect(articleSnapshots.has(7)).toBe(false);
    await handleMessage({ type: 'getPageClippings', url }, TAB, deps);
    // The article removed behind the page's back: the remembered snapshot saves nothing.
    await db.clear('pages');
    expect(await handleMessage(save, TAB, deps)).toEqual({
      ok: false,
      error: 'This page is not a stored article.',
    });
  });

  it('forgets what every tab remembered of an article when it is stored again from another tab', async () => {
    const articleSnapshots = new Map();
    const { deps } = makeDeps(db, { articleSnapshots });
    const url = 'https://example.com/a';
    const other = { ...TAB, tab: { ...TAB.tab, id: 8 } };
    await handleMessage({ type: 'pageSerialized', url, html: ARTICLE_HTML }, TAB, deps);
    await handleMessage({ type: 'getPageClippings', url }, TAB, deps);
    await handleMessage({ type: 'getPageClippings', url }, other, deps);
    expect([...articleSnapshots.keys()].sort()).toEqual([7, 8]);
    // The publisher changed the article; tab 8 reads it again. Tab 7's copy is now stale.
    await handleMessage({ type: 'pageSerialized', url, html: ARTICLE_HTML }, other, deps);
    expect(articleSnapshots.size).toBe(0);
  });
});
