/**
 * One page visit, measured from outside the page: script time on the page's main thread (CDP
 * `ScriptDuration` + `V8CompileDuration`; page scripts are stripped so it is all ours), long
 * animation frames with an extension script of >= 50 ms, the time from navigation start to the PageContext being stored,
 * and, on articles, the baseline's and our NLP's time in the same page.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { toPageKey } from '../../../lib/urls';

export interface Visit {
  path: string;
  isArticle: boolean;
  stored: boolean;
  /** Main-thread time of scripts on the page: compiling and running them. */
  scriptMs: number;
  /** The compiling part of scriptMs. */
  compileMs: number;
  longTasks: number;
  latencyMs: number | null;
  words: number;
  text: string;
}

const LOAF_OBSERVER = `
  window.__scLoaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const ours = (e.scripts || []).filter((s) => String(s.sourceURL || '').startsWith('chrome-extension://'));
        const ms = ours.reduce((sum, s) => sum + s.duration, 0);
        window.__scLoaf.push(ms);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {}
`;

/** Reads a stored page by URL inside the service worker (never creates the database). */
async function readStored(worker: Worker, key: string): Promise<{ text: string; storedAtMs: number } | null> {
  return worker.evaluate(async (k: string) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'source-context')) return null;
    return new Promise<{ text: string; storedAtMs: number } | null>((done) => {
      const open = indexedDB.open('source-context');
      open.onerror = () => done(null);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('pages')) return done((db.close(), null));
        const get = db.transaction('pages').objectStore('pages').index('by-url').get(k);
        get.onerror = () => done((db.close(), null));
        get.onsuccess = () => {
          db.close();
          const r = get.result as
            { lastSeenAtMs: number; context: { article?: { text?: string } } } | undefined;
          done(r ? { text: r.context.article?.text ?? '', storedAtMs: r.lastSeenAtMs } : null);
        };
      };
    });
  }, key);
}

/** Visits `origin + path` once in a fresh tab and measures it. */
export async function measureVisit(
  context: BrowserContext,
  worker: Worker,
  origin: string,
  path: string,
  isArticle: boolean,
): Promise<{ visit: Visit; page: Page }> {
  const page = await context.newPage();
  await page.addInitScript(LOAF_OBSERVER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const url = origin + path;
  const startedMs = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  let stored: { text: string; storedAtMs: number } | null = null;
  const key = toPageKey(url);
  // Four seconds from the load event, not from the navigation: a page whose load waits on
  // unreachable hosts was stored all the same, and used to be counted as never stored.
  const loadedMs = Date.now();
  while (Date.now() - loadedMs < 4_000) {
    stored = await readStored(worker, key);
    if (stored && stored.storedAtMs >= startedMs - 5) break;
    stored = null;
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(stored ? 150 : 300);
  const metrics = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.metrics.find((m) => m.name === name)?.value ?? 0;
  // Compiling a script is not part of ScriptDuration: a content script's compile (about 1.5 ms
  // for the detector, every page, no code cache) is counted by adding V8CompileDuration.
  const scriptSeconds = metric('ScriptDuration');
  const compileSeconds = metric('V8CompileDuration');
  const loaf = await page.evaluate(() => (window as unknown as { __scLoaf?: number[] }).__scLoaf ?? []);
  await cdp.detach();
  const text = stored?.text ?? '';
  return {
    page,
    visit: {
      path,
      isArticle,
      stored: stored !== null,
      scriptMs: (scriptSeconds + compileSeconds) * 1000,
      compileMs: compileSeconds * 1000,
      longTasks: loaf.filter((ms) => ms >= 50).length,
      latencyMs: stored ? stored.storedAtMs - timeOrigin : null,
      words: text.split(/\s+/).filter(Boolean).length,
      text,
    },
  };
}

/** Runs a bundled IIFE in the page, then `call` on it; returns what `call` returns. */
export async function runInPage<T>(page: Page, bundle: string, call: string): Promise<T> {
  await page.evaluate(bundle);
  return page.evaluate(call) as Promise<T>;
}
