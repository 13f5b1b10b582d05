/**
 * `npm run eval -- body <aeb dir> [--predictions out.json]`: main-text extraction scored exactly as
 * scrapinghub/article-extraction-benchmark's evaluate.py does (see the corpus README): `\w+` tokens,
 * multisets of 4-token shingles, per-page normalised tp/fp/fn, precision and recall averaged over
 * pages, F1 of the averages, accuracy = exact token-list match. Plain Readability `textContent` on
 * the same DOM is the baseline. Extraction runs whatever the detector says: every page is an article.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../../lib/article/extract';
import { parseDocument, readHtml } from '../dom';
import { formatTable, type EvalResult } from './types';

type Counts = [tp: number, fp: number, fn: number];

/** Python's `\w` on str: Unicode letters, numbers and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The benchmark's tokens: runs of word characters. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function countShingles(tokens: string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page tp/fp/fn over shingle multisets, normalised to sum 1 (evaluate.py's string_shingle_matching). */
export function matchShingles(truth: string, pred: string): Counts {
  const t = countShingles(tokenize(truth));
  const p = countShingles(tokenize(pred));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

function precisionOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

function recallOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Benchmark metrics over pages (precision over pages with tp+fp > 0, recall over tp+fn > 0). */
export function scorePages(pairs: { truth: string; pred: string }[]): Record<string, number> {
  const counts = pairs.map((p) => matchShingles(p.truth, p.pred));
  const precision = mean(counts.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(counts.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const same = pairs.map((p) => (tokenize(p.truth).join(' ') === tokenize(p.pred).join(' ') ? 1 : 0));
  return { f1, precision, recall, accuracy: mean(same) };
}

function readBaseline(html: string): string {
  try {
    return new Readability(parseDocument(html)).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/** Runs ours and the Readability baseline over every page of the benchmark folder. */
export async function run(path: string, args: string[]): Promise<EvalResult> {
  const truth = JSON.parse(readFileSync(join(path, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const outIndex = args.indexOf('--predictions');
  const ours: { truth: string; pred: string }[] = [];
  const base: { truth: string; pred: string }[] = [];
  const predictions: Record<string, { articleBody: string }> = {};
  const worst: [string, number, number][] = [];
  let ms = 0;
  for (const [id, item] of Object.entries(truth)) {
    const html = readHtml(join(path, 'html', `${id}.html.gz`));
    const doc = parseDocument(html);
    const t0 = performance.now();
    const text = extractArticle(doc, item.url)?.text ?? '';
    ms += performance.now() - t0;
    predictions[id] = { articleBody: text };
    ours.push({ truth: item.articleBody, pred: text });
    base.push({ truth: item.articleBody, pred: readBaseline(html) });
    const [tp, fp, fn] = matchShingles(item.articleBody, text);
    worst.push([id.slice(0, 12), tp / Math.max(1e-9, tp + fp), tp / Math.max(1e-9, tp + fn)]);
  }
  if (outIndex >= 0 && args[outIndex + 1])
    writeFileSync(args[outIndex + 1]!, JSON.stringify(predictions, null, 1));
  const m = scorePages(ours);
  const b = scorePages(base);
  const rows = ['f1', 'precision', 'recall', 'accuracy'].map((k) => [k, m[k]!, b[k]!]);
  const low = worst.sort((x, y) => x[1] + x[2] - (y[1] + y[2])).slice(0, 12);
  const table = [
    formatTable(['metric', 'ours', 'readability'], rows),
    '',
    `pages: ${ours.length}, extract mean ${(ms / ours.length).toFixed(1)} ms/page`,
    'lowest pages (precision, recall):',
    formatTable(['id', 'precision', 'recall'], low),
  ].join('\n');
  return { table, metrics: { ...m, pages: ours.length, baseline: b } };
}
