/**
 * The text analysis of the first article a freshly started service worker gets. Chromium stops an
 * idle extension worker after 30 s, so a reader who spends minutes on each article meets a fresh
 * worker on most of them: decoding the claims model, compiling the patterns and running every
 * function for the first time come on top of the per-word cost that `nlpMsPer1000Words` measures
 * (articles seconds apart, one worker for all).
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { stopServiceWorker } from '../../e2e/fixtures';
import { TEXT_ANALYSIS_MEASURE } from '../../../lib/background/timing';

/** The background's own timing of the text analysis of `url` (the newest), or null. */
export async function textAnalysisMs(worker: Worker, url: string): Promise<number | null> {
  return worker.evaluate(
    ([name, u]) => {
      const entries = performance.getEntriesByName(name) as PerformanceMeasure[];
      const mine = entries.filter((e) => (e.detail as { url?: string } | null)?.url === u);
      return mine.length ? mine[mine.length - 1]!.duration : null;
    },
    [TEXT_ANALYSIS_MEASURE, url] as const,
  );
}

/**
 * For each path: stops the worker, visits the article (its detector wakes the worker), and reads
 * how long the text analysis took there. Skips an article whose analysis was not seen in 5 s.
 * Leaves the context with a new worker: callers holding the old `Worker` must not use it after.
 */
export async function measureWorkerStart(
  context: BrowserContext,
  origin: string,
  paths: readonly string[],
): Promise<{ path: string; ms: number }[]> {
  const out: { path: string; ms: number }[] = [];
  for (const path of paths) {
    const blank = await context.newPage();
    await stopServiceWorker(context, blank);
    await blank.close();
    const woke = context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null);
    const page = await context.newPage();
    const url = origin + path;
    await page.goto(url, { waitUntil: 'load' });
    const worker = (await woke) ?? context.serviceWorkers().at(-1);
    let ms: number | null = null;
    for (const started = Date.now(); worker && ms === null && Date.now() - started < 5_000;) {
      ms = await textAnalysisMs(worker, url).catch(() => null);
      if (ms === null) await page.waitForTimeout(100);
    }
    if (ms !== null) out.push({ path, ms });
    await page.close();
  }
  return out;
}
