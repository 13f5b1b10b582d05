/**
 * One page visit, measured from outside the page: the main-thread time of the extension's own
 * scripts (a CDP trace of the visit, its top-level events that name a chrome-extension:// script:
 * wall time and thread CPU time), the whole page's script time as Chromium counts it (CDP
 * `ScriptDuration` + `V8CompileDuration`; page scripts are stripped, so that is ours plus the
 * bench's own probes), long animation frames with an extension script of >= 50 ms, the time from
 * navigation start to the PageContext being stored, and, on articles, the baseline's and our
 * NLP's time in the same page.
 */
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { toPageKey } from '../../../lib/urls';

export interface Visit {
  path: string;
  isArticle: boolean;
  stored: boolean;
  /** Main-thread time of the extension's scripts on the page (wall clock), from the trace. */
  ourMs: number;
  /** The same events' thread CPU time: ourMs less the time the OS ran something else. */
  ourCpuMs: number;
  /** Main-thread time of all scripts on the page: compiling and running them (ours + the bench's). */
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

interface TraceEvent {
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

/** Starts a trace of script events; the returned function ends it and hands back its events. */
async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * Wall and thread-CPU milliseconds of the trace's complete events that name a script of
 * `extensionOrigin` (EvaluateScript of a content script, FunctionCall of its callbacks, compiles)
 * on the thread that runs the page's frame `frameId`, counting only the outermost of nested ones.
 * The trace covers the whole browser: the service worker's and the offscreen document's events
 * name the extension too, and are not the page's.
 */
export function extensionScriptTime(
  events: readonly TraceEvent[],
  extensionOrigin: string,
  frameId: string,
): { wallMs: number; cpuMs: number } {
  const thread = (e: TraceEvent): string => `${e.pid}:${e.tid}`;
  const frameMark = `"frame":${JSON.stringify(frameId)}`;
  const pageThreads = new Set(
    events.filter((e) => JSON.stringify(e.args ?? {}).includes(frameMark)).map(thread),
  );
  const ours = events
    .filter(
      (e) =>
        e.ph === 'X' && pageThreads.has(thread(e)) && JSON.stringify(e.args ?? {}).includes(extensionOrigin),
    )
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let wall = 0;
  let cpu = 0;
  let outer: TraceEvent | null = null;
  for (const e of ours) {
    const inside =
      outer !== null && outer.pid === e.pid && outer.tid === e.tid && e.ts < outer.ts + (outer.dur ?? 0);
    if (inside) continue;
    outer = e;
    wall += e.dur ?? 0;
    cpu += e.tdur ?? e.dur ?? 0;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000 };
}

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
  /** Whether to wait for the page to be stored (false: the extension cannot store it). */
  awaitStore = true,
): Promise<{ visit: Visit; page: Page }> {
  const page = await context.newPage();
  await page.addInitScript(LOAF_OBSERVER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const endTrace = await startTrace(cdp);
  const url = origin + path;
  const startedMs = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const loadedMs = Date.now();
  // The detector runs at document_idle, right after load: the bench keeps still meanwhile (its
  // polling below runs in the browser too, and on 2 cores it would be timed as ours).
  await page.waitForTimeout(300);
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  let stored: { text: string; storedAtMs: number } | null = null;
  const key = toPageKey(url);
  // Four seconds from the load event, not from the navigation: a page whose load waits on
  // unreachable hosts was stored all the same, and used to be counted as never stored.
  while (awaitStore && Date.now() - loadedMs < 4_000) {
    stored = await readStored(worker, key);
    if (stored && stored.storedAtMs >= startedMs - 5) break;
    stored = null;
    await page.waitForTimeout(50);
  }
  if (awaitStore) await page.waitForTimeout(stored ? 150 : 300);
  const metrics = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.metrics.find((m) => m.name === name)?.value ?? 0;
  // Compiling a script is not part of ScriptDuration: a content script's compile (about 1.5 ms
  // for the detector, every page, no code cache) is counted by adding V8CompileDuration.
  const scriptSeconds = metric('ScriptDuration');
  const compileSeconds = metric('V8CompileDuration');
  const loaf = await page.evaluate(() => (window as unknown as { __scLoaf?: number[] }).__scLoaf ?? []);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const ours = extensionScriptTime(
    await endTrace(),
    `chrome-extension://${new URL(worker.url()).host}`,
    frameTree.frame.id,
  );
  await cdp.detach();
  const text = stored?.text ?? '';
  return {
    page,
    visit: {
      path,
      isArticle,
      stored: stored !== null,
      ourMs: ours.wallMs,
      ourCpuMs: ours.cpuMs,
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
