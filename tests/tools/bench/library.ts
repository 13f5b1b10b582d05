/**
 * Library bench in real Chromium: imports N synthetic clippings through the library page (the
 * import is measured), reloads it (first paint with data, from navigation), types searches (p95
 * from input to painted rows), and exports a backup (measured). Long tasks on the page are
 * counted during import, search and export. `npx tsx tests/tools/bench/library.ts [N]` runs it alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { buildBenchBackup, benchWords } from './library-data';
import { round, summarize } from './stats';

export interface LibraryFigures {
  librarySearchP95Ms: number | null;
  exportMs: number | null;
  importMs: number | null;
  libraryFirstPaintMs: number | null;
  /** Long tasks (>= 50 ms) on the library page during import, searches and export. */
  longTasks: number;
  notes: string;
}

interface Task {
  start: number;
  duration: number;
}

function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: Task[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const measures = (page: Page, name: string): Promise<number[]> =>
  page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);
const longTasks = (page: Page): Promise<Task[]> =>
  page.evaluate(() => (window as unknown as { __longTasks: Task[] }).__longTasks);

async function openLibrary(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await page.goto(url);
  return page;
}

interface ImportSplit {
  /** Reading, checking and planning the file (the dry run). */
  prepare: number;
  /** Writing, as the page sees it: from confirming to the worker's answer. */
  write: number;
  /** The page reading the new index entries into its catalog. */
  refresh: number;
}

async function importFile(
  page: Page,
  file: string,
  total: number,
): Promise<{ ms: number; split: ImportSplit; tasks: (Task & { phase: string })[] }> {
  await page.getByTestId('library-empty').waitFor();
  const started = await page.evaluate(() => performance.now());
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-confirm').click({ timeout: 300_000 });
  await page.getByTestId('import-done').waitFor({ timeout: 600_000 });
  await page
    .getByTestId('library-total')
    .filter({ hasText: `${total.toLocaleString('en-US')} saved` })
    .waitFor({ timeout: 120_000 });
  const spans = await page.evaluate(() =>
    ['sc-import-prepare', 'sc-import-write', 'sc-import-apply'].map((n) => {
      const e = performance.getEntriesByName(n, 'measure')[0];
      return e ? { start: e.startTime, end: e.startTime + e.duration } : null;
    }),
  );
  const [prepare, write, apply] = spans.map((s) => s ?? { start: NaN, end: NaN });
  const split = {
    prepare: prepare!.end - prepare!.start,
    write: write!.end - write!.start,
    refresh: apply!.end - write!.end,
  };
  const phaseOf = (t: Task): string =>
    t.start < apply!.start ? 'prepare' : t.start < write!.end ? 'write' : 'refresh';
  const tasks = (await longTasks(page))
    .filter((t) => t.start >= started)
    .map((t) => ({ ...t, phase: phaseOf(t) }));
  return { ms: split.prepare + (apply!.end - apply!.start), split, tasks };
}

async function firstPaint(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('sc-library-painted').length > 0, null, {
    timeout: 30_000,
  });
  const ms = await page.evaluate(() => performance.getEntriesByName('sc-library-painted')[0]!.startTime);
  await page.close();
  return ms;
}

function searchSteps(): string[] {
  const words = benchWords();
  const picks = [0, 1, 2, 5, 9, 40, 300, 2_000, 9_000, 15_000].map((i) => words[i]!);
  const steps: string[] = [];
  for (const [i, w] of picks.entries()) {
    for (let n = 2; n <= w.length; n++) steps.push(w.slice(0, n));
    steps.push(`${w} ${picks[(i + 3) % picks.length]!.slice(0, 3)}`, `${w} `, '');
  }
  return steps.concat(['tag1', 'news 4', 'organization', '-senate', 's', '']);
}

async function search(page: Page): Promise<{ p95: number | null; n: number; tasks: Task[] }> {
  const box = page.getByTestId('library-search');
  const before = (await longTasks(page)).length;
  for (const step of searchSteps()) {
    const count = (await measures(page, 'sc-search')).length;
    await box.fill(step);
    await page
      .waitForFunction((c) => performance.getEntriesByName('sc-search', 'measure').length > c, count, {
        timeout: 10_000,
      })
      .catch(() => undefined);
  }
  const all = await measures(page, 'sc-search');
  return { p95: summarize(all).p95, n: all.length, tasks: (await longTasks(page)).slice(before) };
}

async function exportBackup(page: Page): Promise<{ ms: number; tasks: Task[] }> {
  const before = (await longTasks(page)).length;
  await page.getByTestId('export-format').selectOption('backup');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByTestId('export-start').click(),
  ]);
  await download.path();
  await page.waitForFunction(() => performance.getEntriesByName('sc-export', 'measure').length > 0);
  return { ms: (await measures(page, 'sc-export'))[0]!, tasks: (await longTasks(page)).slice(before) };
}

/** Seeds `opts.clippings` clippings through the library's import and measures the library. */
export async function measureLibrary(
  context: BrowserContext,
  extensionId: string,
  opts: { clippings: number },
): Promise<LibraryFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'sc-library-bench-'));
  const url = `chrome-extension://${extensionId}/library.html`;
  try {
    const file = join(dir, 'backup.json');
    writeFileSync(file, buildBenchBackup(opts.clippings));
    const importer = await openLibrary(context, url);
    const imported = await importFile(importer, file, opts.clippings);
    await importer.close();
    const paints = [];
    for (let i = 0; i < 3; i++) paints.push(await firstPaint(context, url));
    const page = await openLibrary(context, url);
    await page
      .locator('[data-testid="library-total"][data-search-ready="true"]')
      .waitFor({ timeout: 120_000 });
    const searched = await search(page);
    const exported = await exportBackup(page);
    await page.close();
    const worst = (tasks: Task[]): number => round(Math.max(0, ...tasks.map((t) => t.duration)));
    return {
      librarySearchP95Ms: searched.p95,
      exportMs: round(exported.ms),
      importMs: round(imported.ms),
      libraryFirstPaintMs: summarize(paints).median,
      longTasks: imported.tasks.length + searched.tasks.length + exported.tasks.length,
      notes:
        `${opts.clippings} clippings over ${Math.round(opts.clippings / 20)} articles; ${searched.n} searches typed; ` +
        `import: prepare ${round(imported.split.prepare)} ms, write ${round(imported.split.write)} ms, refresh ${round(imported.split.refresh)} ms` +
        ` (long tasks ${imported.tasks.map((t) => `${round(t.duration)} ms in ${t.phase}`).join(', ') || 'none'}); ` +
        `long tasks: import ${imported.tasks.length} (max ${worst(imported.tasks)} ms), search ${searched.tasks.length} (max ${worst(searched.tasks)} ms), ` +
        `export ${exported.tasks.length} (max ${worst(exported.tasks)} ms); first paint runs ${paints.map((p) => round(p)).join(', ')} ms`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { launchWithExtension, serviceWorkerOf } = await import('../../e2e/fixtures');
  const profile = mkdtempSync(join(tmpdir(), 'sc-library-profile-'));
  const context = await launchWithExtension(profile);
  try {
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    const figures = await measureLibrary(context, extensionId, {
      clippings: Number(process.argv[2] ?? 100_000),
    });
    process.stdout.write(JSON.stringify(figures) + '\n');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
