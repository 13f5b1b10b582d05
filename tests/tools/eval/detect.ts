/**
 * `npm run eval -- detect <dir with labels.jsonl and html/>`: article vs not-an-article, article
 * being the positive class. Scores `detectArticle(doc, url)` and, on the same DOM in the same run,
 * Readability's `isProbablyReaderable` as the baseline; lists the pages ours gets wrong and the
 * time detection takes (linkedom in Node is slower than a browser DOM, so read it relatively).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../../../lib/article/detect';
import { parseDocument, readHtml } from '../dom';
import { formatTable, prf, type EvalResult } from './types';

interface Label {
  file: string;
  is_article: boolean;
  url: string;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function count(tally: Tally, truth: boolean, guess: boolean): void {
  if (truth && guess) tally.tp++;
  else if (guess) tally.fp++;
  else if (truth) tally.fn++;
  else tally.tn++;
}

function metricsOf(t: Tally): Record<string, number> {
  const total = t.tp + t.fp + t.fn + t.tn;
  return { accuracy: total ? (t.tp + t.tn) / total : 0, ...prf(t.tp, t.fp, t.fn), ...t };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Runs detection and the readerable baseline over every labelled page. */
export async function run(path: string, _args: string[]): Promise<EvalResult> {
  const labels = readFileSync(join(path, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label);
  const ours: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const base: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const wrong: string[][] = [];
  const times: number[] = [];
  let quickSkipped = 0;
  let quickDisagrees = 0;
  for (const label of labels) {
    const doc = parseDocument(readHtml(join(path, label.file)));
    const t0 = performance.now();
    const detection = detectArticle(doc, label.url);
    times.push(performance.now() - t0);
    count(ours, label.is_article, detection.isArticle);
    // The content script's quick mode must give the same verdict, skipping the layout where it can.
    const quick = detectArticle(doc, label.url, { quick: true });
    if (quick.signals.includes('structure-skipped')) quickSkipped++;
    if (quick.isArticle !== detection.isArticle) quickDisagrees++;
    count(base, label.is_article, isProbablyReaderable(doc));
    if (detection.isArticle !== label.is_article) {
      const name = label.file.replace(/^.*\//, '').replace(/\.html(\.gz)?$/, '');
      wrong.push([name, String(detection.confidence), detection.signals.join(' ')]);
    }
  }
  const m = metricsOf(ours);
  const b = metricsOf(base);
  const keys = ['accuracy', 'precision', 'recall', 'f1', 'tp', 'fp', 'fn', 'tn'];
  const table = [
    formatTable(
      ['metric', 'ours', 'readerable'],
      keys.map((k) => [k, m[k]!, b[k]!]),
    ),
    '',
    `pages: ${labels.length}; detect (linkedom) median ${percentile(times, 0.5).toFixed(2)} ms, ` +
      `p95 ${percentile(times, 0.95).toFixed(2)} ms`,
    `quick mode (content script): layout skipped on ${quickSkipped} pages, verdict differs on ${quickDisagrees}`,
    wrong.length
      ? `wrong (${wrong.length}):\n${formatTable(['page', 'confidence', 'signals'], wrong)}`
      : 'wrong: none',
  ].join('\n');
  const pick = (x: Record<string, number>) => ({
    accuracy: x.accuracy,
    precision: x.precision,
    recall: x.recall,
    f1: x.f1,
  });
  return {
    table,
    metrics: { ...pick(m), pages: labels.length, baseline: pick(b), quickSkipped, quickDisagrees },
  };
}
