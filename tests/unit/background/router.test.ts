import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/background/router';
import type { BackgroundDeps, TabState } from '../../../lib/background/deps';
import { openDb, type Db } from '../../../lib/storage/open';
import { freshIndexedDb } from '../storage/helpers';
import { sampleContext } from '../storage/samples';

const ORIGIN = 'chrome-extension://abcdef/';
const POPUP = { url: `${ORIGIN}popup.html` };
const TAB = { url: 'https://example.com/a', tab: { id: 7, url: 'https://example.com/a' } };

function makeDeps(db: Db, overrides: Partial<BackgroundDeps> = {}) {
  const states = new Map<number, TabState>();
  const injected: number[] = [];
  let id = 0;
  const deps: BackgroundDeps = {
    extensionOrigin: ORIGIN,
    db: async () => db,
    now: () => 1_700_000_000_000,
    newId: () => `id-${++id}`,
    getTabUrl: async () => 'https://example.com/a',
    describeTab: async () => null,
    injectArticleScript: async (tabId) => void injected.push(tabId),
    setTabState: async (tabId, state) => void states.set(tabId, state),
    getTabState: async (tabId) => states.get(tabId) ?? null,
    ...overrides,
  };
  return { deps, states, injected };
}

let db: Db;
beforeEach(async () => {
  freshIndexedDb();
  db = await openDb();
});

describe('background router', () => {
  it('an article detected in a tab gets the article pass injected and is pending', async () => {
    const { deps, injected, states } = makeDeps(db);
    const result = await handleMessage({ type: 'articleDetected', url: 'https://example.com/a' }, TAB, deps);
    expect(result).toEqual({ ok: true, value: null });
    expect(injected).toEqual([7]);
    expect(states.get(7)?.state).toBe('pending');
  });

  it('an extracted article is analysed, stored and shown for the tab', async () => {
    const { deps } = makeDeps(db);
    const context = sampleContext('https://www.example.com/a?utm_source=x');
    const stored = await handleMessage({ type: 'articleExtracted', context, contentHash: 'h1' }, TAB, deps);
    expect(stored).toEqual({ ok: true, value: { pageKey: 'https://example.com/a' } });
    const view = await handleMessage({ type: 'getTabContext', tabId: 7 }, POPUP, deps);
    expect(view.ok && (view.value as { state: string }).state).toBe('article');
  });

  it('notes are saved, edited, deleted and restored from extension pages', async () => {
    const { deps } = makeDeps(db);
    const saved = await handleMessage({ type: 'saveNote', pageKey: 'https://example.com/a', text: 'hello' }, POPUP, deps);
    expect(saved.ok).toBe(true);
    const note = (saved as { value: { id: string } }).value;
    await handleMessage({ type: 'saveNote', pageKey: 'x', text: 'edited', id: note.id }, POPUP, deps);
    expect((await db.get('notes', note.id))?.text).toBe('edited');
    const deleted = await handleMessage({ type: 'deleteNote', id: note.id }, POPUP, deps);
    expect(await db.count('notes')).toBe(0);
    await handleMessage({ type: 'restoreNote', note: (deleted as { value: unknown }).value }, POPUP, deps);
    expect((await db.get('notes', note.id))?.text).toBe('edited');
  });

  it('refuses UI commands from content scripts, and content events from unknown senders', async () => {
    const { deps } = makeDeps(db);
    const fromPage = await handleMessage({ type: 'saveNote', pageKey: 'https://example.com/a', text: 'x' }, TAB, deps);
    expect(fromPage.ok).toBe(false);
    expect(await db.count('notes')).toBe(0);
    const anonymous = await handleMessage({ type: 'articleDetected', url: 'https://e.com' }, {}, deps);
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
});
