/**
 * `npm run bench [-- --quick] [--json] [--corpus <dir>]... [--reps N] [--limit N] [--library N]
 *   [--only library,pages,reanchor,heap] [--no-build]`: the extension's
 * cost to the reader, measured in Debian's Chromium beside a baseline run in the same pages.
 * Prints a table, then one JSON line with every figure (null with a reason where a capability is
 * not built yet). `--json` prints the JSON line alone. Never fails on timing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serviceWorkerOf } from '../e2e/fixtures';
import { bundleScript } from './bench/bundle';
import { measureVisit, runInPage, type Visit } from './bench/measure';
import { corpusPages, fixturePages, type BenchPage } from './bench/pages';
import { serveBenchPages } from './bench/server';
import { round, summarize } from './bench/stats';
import { measurePopup } from './bench/popup';
import { measureFloor } from './bench/floor';
import { measureLibrary, type LibraryFigures } from './bench/library';
import { buildLongArticle, measureReanchor, type ReanchorFigures } from './bench/clippings';
import { pageHeapBytes, workerHeapBytes } from './bench/heap';
import { spread, stripPageScripts } from './bench/pages';
import { writeFileSync } from 'node:fs';
import { measureWorkerStart, textAnalysisMs } from './bench/worker-start';
import { pathToFileURL } from 'node:url';

interface Options {
  quick: boolean;
  json: boolean;
  corpora: string[];
  reps: number;
  limit: number;
  build: boolean;
  libraryClippings: number;
  /** Sections to run (`--only library,reanchor`); all when empty. Figures of skipped ones are null. */
  only: Set<string>;
}

const SECTIONS = ['library', 'pages', 'reanchor', 'heap'] as const;

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    quick: false,
    json: false,
    corpora: [],
    reps: 3,
    limit: 30,
    build: true,
    libraryClippings: 100_000,
    only: new Set(),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--corpus') opts.corpora.push(argv[++i] ?? '');
    else if (a === '--reps') opts.reps = Number(argv[++i]);
    else if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a === '--library') opts.libraryClippings = Number(argv[++i]);
    else if (a === '--only') for (const name of (argv[++i] ?? '').split(',')) opts.only.add(name.trim());
  }
  for (const name of opts.only)
    if (!(SECTIONS as readonly string[]).includes(name))
      throw new Error(`--only: unknown section "${name}" (one of ${SECTIONS.join(', ')})`);
  if (opts.quick) {
    opts.reps = 1;
    if (!argv.includes('--library')) opts.libraryClippings = 1_000;
  }
  return opts;
}

const runs = (opts: Options, section: (typeof SECTIONS)[number]): boolean =>
  opts.only.size === 0 || opts.only.has(section);

const log = (opts: Options, line: string): void => {
  if (!opts.json) process.stdout.write(line + '\n');
};

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) {
    const build = spawnSync('npx', ['wxt', 'build'], {
      stdio: opts.json ? 'ignore' : ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error('wxt build failed');
  }
  const alwaysOnGzipBytes = gzipSync(readFileSync('.output/chrome-mv3/detector.js')).length;
  const pages: BenchPage[] = [
    ...fixturePages(),
    ...opts.corpora.flatMap((dir) => corpusPages(dir, opts.quick ? 4 : opts.limit)),
  ];
  const [baselineJs, nlpJs] = await Promise.all([
    bundleScript('tests/tools/bench/baseline-entry.ts'),
    bundleScript('tests/tools/bench/nlp-entry.ts'),
  ]);
  const longArticle: BenchPage = {
    path: '/bench/long-article.html',
    isArticle: true,
    html: buildLongArticle(),
  };
  const server = await serveBenchPages([...pages, longArticle]);
  const profile = mkdtempSync(join(tmpdir(), 'sc-bench-'));
  // Hosts other than the bench's own fail at once, as offline: corpus pages link images and
  // styles from their real sites, and a page whose load waited on those for seconds (no network
  // here) made the run slow and its timings depend on the network, not on the extension.
  const offline = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
  const context = await launchWithExtension(profile, offline);
  const visits: Visit[] = [];
  let floorVisits: Visit[] = [];
  const baselineMs: number[] = [];
  const nlpPer1000: number[] = [];
  const nlpInPagePer1000: number[] = [];
  const afterStartMs: number[] = [];
  const afterStartPer1000: number[] = [];
  let popup: Awaited<ReturnType<typeof measurePopup>> = null;
  let library: LibraryFigures | { failed: string } | null = null;
  let reanchor: ReanchorFigures = { reanchorMs: [], drawn: 0, saveMs: [] };
  const heapDiffs: number[] = [];
  let workerHeap: number | null = null;
  try {
    const worker = await serviceWorkerOf(context);
    // The library first, so every later figure (popup first paint among them) is taken with its
    // clippings stored.
    if (runs(opts, 'library')) {
      library = await measureLibrary(context, new URL(worker.url()).host, {
        clippings: opts.libraryClippings,
      }).catch((error: unknown) => ({ failed: String((error as Error).message ?? error) }));
      log(opts, `library: ${opts.libraryClippings} clippings imported and measured`);
    }
    for (let rep = 0; runs(opts, 'pages') && rep < opts.reps; rep++) {
      for (const p of pages) {
        const { visit, page } = await measureVisit(context, worker, server.origin, p.path, p.isArticle);
        visits.push(visit);
        if (visit.stored && visit.words > 0) {
          const base = await runInPage<{ ms: number }>(page, baselineJs, '__scBaseline()');
          baselineMs.push(base.ms);
          // Where they run: the background's own timing of this article's text analysis.
          const ms = await textAnalysisMs(worker, server.origin + p.path);
          if (ms !== null) nlpPer1000.push((ms / visit.words) * 1000);
          // The same code bundled into the page, warmed once, for comparison (detail only).
          await runInPage<number>(page, nlpJs, `__scNlp(${JSON.stringify(visit.text.slice(0, 2_000))})`);
          const inPage = (await page.evaluate(`__scNlp(${JSON.stringify(visit.text)})`)) as number;
          nlpInPagePer1000.push((inPage / visit.words) * 1000);
        }
        if (rep === 0 && !popup && visit.stored) popup = await measurePopup(context, page);
        await page.close();
      }
      log(opts, `rep ${rep + 1}/${opts.reps}: ${pages.length} pages`);
    }
    if (runs(opts, 'reanchor')) {
      const long = await measureVisit(context, worker, server.origin, longArticle.path, true);
      await long.page.close();
      if (long.visit.stored)
        reanchor = await measureReanchor(
          context,
          worker,
          server.origin + longArticle.path,
          opts.quick ? 3 : 7,
        );
    }
    for (const p of pages.filter((x) => x.isArticle).slice(0, opts.quick ? 2 : 8))
      if (runs(opts, 'heap')) heapDiffs.push(await measureHeapDiff(context, server.origin, p, profile));
    const anyPage = await context.newPage();
    workerHeap = await workerHeapBytes(context, anyPage).catch(() => null);
    await anyPage.close();
    // Last: it stops the worker, and the `worker` handle above is not used after it.
    if (runs(opts, 'pages')) {
      const stored = new Map(visits.filter((v) => v.stored && v.words > 0).map((v) => [v.path, v.words]));
      const paths = spread([...stored.keys()], opts.quick ? 1 : 8); // fixtures and corpora alike
      for (const { path, ms } of await measureWorkerStart(context, server.origin, paths)) {
        afterStartMs.push(ms);
        afterStartPer1000.push((ms / stored.get(path)!) * 1000);
      }
      log(opts, `worker start: ${afterStartMs.length} articles, each in a freshly started worker`);
    }
  } finally {
    await context.close();
  }
  try {
    if (runs(opts, 'pages')) {
      const nonArticlePaths = pages.filter((p) => !p.isArticle).map((p) => p.path);
      floorVisits = await measureFloor(server.origin, nonArticlePaths, opts.reps, offline);
      log(opts, `floor: ${floorVisits.length} visits with a content script that only reads document.body`);
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const articleVisits = visits.filter((v) => v.isArticle);
  const nonArticleVisits = visits.filter((v) => !v.isArticle);
  const nonArticle = summarize(nonArticleVisits.map((v) => v.ourMs));
  const nonArticleCpu = summarize(nonArticleVisits.map((v) => v.ourCpuMs));
  const floor = summarize(floorVisits.map((v) => v.ourMs));
  const floorCpu = summarize(floorVisits.map((v) => v.ourCpuMs));
  const article = summarize(articleVisits.map((v) => v.ourMs));
  const baseline = summarize(baselineMs);
  const latency = summarize(visits.flatMap((v) => (v.latencyMs === null ? [] : [v.latencyMs])));
  const nlp = summarize(nlpPer1000);
  const afterStart = summarize(afterStartMs);
  const afterStartWords = summarize(afterStartPer1000);
  const reanchorSummary = summarize(reanchor.reanchorMs);
  const saveSummary = summarize(reanchor.saveMs);
  const notes: Record<string, string> = {};
  const lib = library && 'librarySearchP95Ms' in library ? library : null;
  const scale = `with ${opts.libraryClippings.toLocaleString('en')} clippings stored`;
  if (!lib) {
    const why = runs(opts, 'library')
      ? `library bench failed: ${library && 'failed' in library ? library.failed : 'not run'}`
      : 'library section not run (--only)';
    Object.assign(notes, { librarySearchP95Ms: why, exportMs: why, importMs: why });
  } else if (lib.notes) notes.library = lib.notes;
  const skipped = SECTIONS.filter((name) => !runs(opts, name));
  if (skipped.length) notes.only = `sections not run (--only): ${skipped.join(', ')}; their figures are null`;
  if (opts.libraryClippings !== 100_000) {
    notes.scale = `library, export, import and popup figures ${scale}, not the 100,000 of the targets (use the full run)`;
  }
  const figures = {
    alwaysOnGzipBytes,
    nonArticleMainThreadP95Ms: nonArticle.p95,
    articleMainThreadMedianMs: article.median,
    baselineMainThreadMedianMs: baseline.median,
    articleMainThreadRatio:
      article.median !== null && baseline.median ? round(article.median / baseline.median, 3) : null,
    longTasks: visits.reduce((sum, v) => sum + v.longTasks, 0),
    extractionLatencyMedianMs: latency.median,
    extractionLatencyP95Ms: latency.p95,
    nlpMsPer1000Words: nlp.median,
    popupFirstPaintMs: popup?.firstPaintWithDataMs ?? null,
    librarySearchP95Ms: lib?.librarySearchP95Ms ?? null,
    exportMs: lib?.exportMs ?? null,
    importMs: lib?.importMs ?? null,
    pageHeapMb: summarize(heapDiffs.map((b) => b / 1e6)).median,
    workerHeapMb: workerHeap === null ? null : round(workerHeap / 1e6),
    pages: pages.length,
    date: new Date().toISOString(),
    notes,
    detail: {
      reps: opts.reps,
      cores: cpus().length,
      corpora: opts.corpora,
      articlePagesStored: `${new Set(articleVisits.filter((v) => v.stored).map((v) => v.path)).size}/${new Set(articleVisits.map((v) => v.path)).size}`,
      // Labelled articles whose PageContext was never stored in any repetition (the detector said
      // no, or extraction failed): the pages to look at when the count above drops.
      articlePagesNotStored: [...new Set(articleVisits.map((v) => v.path))].filter(
        (path) => !articleVisits.some((v) => v.path === path && v.stored),
      ),
      mainThreadHow:
        "extension scripts' events on the page's main thread in a CDP trace of each visit (wall clock; CPU: thread time)",
      nonArticleMs: nonArticle,
      nonArticleCpuMs: nonArticleCpu,
      // The same pages with a content script that only reads document.body (bench/floor.ts).
      nonArticleFloorMs: floor,
      nonArticleFloorCpuMs: floorCpu,
      // Chromium's whole-page script time (ScriptDuration + V8CompileDuration): ours plus the
      // bench's own probes in the page; the measure used before 2026-12-07.
      nonArticlePageScriptMs: summarize(nonArticleVisits.map((v) => v.scriptMs)),
      nonArticleCompileMs: summarize(nonArticleVisits.map((v) => v.compileMs)),
      articleMs: article,
      articleCpuMs: summarize(articleVisits.map((v) => v.ourCpuMs)),
      baselineMs: baseline,
      latencyMs: latency,
      nlpMsPer1000Words: nlp,
      nlpWhere: 'service worker (sc-text-analysis user timing of each stored article)',
      nlpInPageMsPer1000Words: summarize(nlpInPagePer1000),
      // The first article of a freshly started worker (bench/worker-start.ts): what a reader who
      // spends more than 30 s on each article meets on most of them.
      nlpAfterWorkerStartMs: afterStart,
      nlpAfterWorkerStartMsPer1000Words: afterStartWords,
      libraryClippings: opts.libraryClippings,
      libraryFirstPaintMs: lib?.libraryFirstPaintMs ?? null,
      libraryLongTasks: lib?.longTasks ?? null,
      reanchor50ClippingsMs: reanchorSummary.median,
      reanchor50Clippings: reanchorSummary,
      reanchorDrawn: reanchor.drawn,
      saveClippingMs: saveSummary.median,
      saveClipping: saveSummary,
      articlesVisitedBeforeWorkerHeap: visits.filter((v) => v.stored).length + 1,
      pageHeapMbPerPage: heapDiffs.map((b) => round(b / 1e6, 3)),
    },
  };
  const rows: [string, string, string][] = [
    ['always-on content script (gzip bytes)', String(alwaysOnGzipBytes), '<= 10240'],
    [
      'non-article page main thread p95 (ms)',
      `${nonArticle.p95} (median ${nonArticle.median}, max ${nonArticle.max}, n ${nonArticle.n})`,
      '<= 2',
    ],
    [
      '  the same, thread CPU time p95 (ms)',
      `${nonArticleCpu.p95} (median ${nonArticleCpu.median}, max ${nonArticleCpu.max})`,
      '',
    ],
    [
      '  floor: script reading document.body p95',
      `${floor.p95} (median ${floor.median}; CPU p95 ${floorCpu.p95}, median ${floorCpu.median})`,
      '',
    ],
    [
      'article page main thread median (ms)',
      `${article.median} (p95 ${article.p95}, max ${article.max}, n ${article.n})`,
      '',
    ],
    [
      'baseline main thread median (ms)',
      `${baseline.median} (p95 ${baseline.p95}, max ${baseline.max}, n ${baseline.n})`,
      '',
    ],
    ['article / baseline ratio', String(figures.articleMainThreadRatio), '<= 0.333'],
    ['long tasks >= 50 ms (extension)', String(figures.longTasks), '0'],
    [
      'extraction latency median / p95 (ms)',
      `${latency.median} / ${latency.p95} (max ${latency.max})`,
      '<= 300 / <= 1000',
    ],
    ['claims + organizations (ms / 1,000 words)', `${nlp.median} (p95 ${nlp.p95}, max ${nlp.max})`, '<= 3'],
    [
      '  first article of a fresh worker (ms)',
      `${afterStart.median} (per 1,000 words ${afterStartWords.median}, n ${afterStart.n})`,
      '',
    ],
    ['popup first paint with data (ms)', String(figures.popupFirstPaintMs), '<= 100'],
    [
      `library search p95 (ms), ${opts.libraryClippings} clippings`,
      String(figures.librarySearchP95Ms),
      '<= 50',
    ],
    ['library first paint (ms)', String(lib?.libraryFirstPaintMs ?? null), '<= 300'],
    [
      'export / import (ms)',
      `${figures.exportMs} / ${figures.importMs} (library long tasks ${lib?.longTasks ?? '?'})`,
      '<= 5000 / <= 15000',
    ],
    [
      're-anchor 50 clippings, 5,000 words (ms)',
      `${reanchorSummary.median} (p95 ${reanchorSummary.p95}, ${reanchor.drawn} drawn)`,
      '<= 20',
    ],
    [
      'save a clipping, click -> stored (ms)',
      `${saveSummary.median} (p95 ${saveSummary.p95}, n ${saveSummary.n})`,
      '<= 10',
    ],
    ['extra JS heap on an article page (MB)', String(figures.pageHeapMb), '<= 2'],
    [
      'service worker heap (MB)',
      `${figures.workerHeapMb} (after ${figures.detail.articlesVisitedBeforeWorkerHeap} article visits)`,
      '<= 30',
    ],
  ];
  log(
    opts,
    `\nSource Context bench — ${figures.date}, ${cpus().length} cores, ${pages.length} pages x ${opts.reps} reps`,
  );
  for (const [name, value, target] of rows) log(opts, `${name.padEnd(44)} ${value.padEnd(44)} ${target}`);
  for (const [key, why] of Object.entries(notes)) log(opts, `  ${key}: ${why}`);
  process.stdout.write(JSON.stringify(figures) + '\n');
  return 0;
}

/** The background's timing of the text analysis of `url` (organizations + claims), if recorded. */
/**
 * Extra JS heap of an article page with the extension: the same stripped page opened from file://
 * (where the extension does not run) and from http (where it does), each after a forced GC.
 */
async function measureHeapDiff(
  context: Awaited<ReturnType<typeof launchWithExtension>>,
  origin: string,
  p: BenchPage,
  dir: string,
): Promise<number> {
  const file = join(dir, `heap-${p.path.replace(/[^a-z0-9]+/gi, '-')}.html`);
  writeFileSync(file, stripPageScripts(p.html));
  const plain = await context.newPage();
  await plain.goto(pathToFileURL(file).href);
  await plain.waitForTimeout(1_500);
  const without = await pageHeapBytes(context, plain);
  await plain.close();
  const page = await context.newPage();
  await page.goto(origin + p.path);
  await page.waitForTimeout(1_500);
  const withExtension = await pageHeapBytes(context, page);
  await page.close();
  return Math.max(0, withExtension - without);
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
