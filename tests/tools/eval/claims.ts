/**
 * `npm run eval -- claims <file.jsonl> [--folds 5] [--extra other.jsonl]... [--no-extra]`
 *
 * Check-worthiness (label CFS) on ClaimBuster sentences, scored honestly: k-fold by debate. For
 * each fold the scorer is retrained (tests/tools/train-claims.ts, same `fitScorer` and options as
 * the shipped model, threshold picked by inner CV) on every pooled row whose debate is NOT in
 * the fold, then quantized like model.json and run through `assessSentence`. The pool is the
 * file plus extras: by default its claimbuster-*.jsonl siblings and the dev half. A debate is
 * never on both sides, so an unseen (held-out) file is scored the same way. Baselines from the
 * same run: word naive Bayes (trained on the other file; and on the same folds) and "has a
 * number". The shipped model's own figure is reported too, flagged `honest: false` when the file
 * shares debates with its training data.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { assessSentence } from '../../../lib/claims/check-worthiness';
import { assignFolds, fitScorer } from '../../../lib/claims/fit';
import { extractClaimsWith } from '../../../lib/claims/index';
import { packScorer, unpackScorer, type PackedScorer } from '../../../lib/claims/model-codec';
import packed from '../../../lib/claims/model.json';
import {
  DEFAULT_FILES,
  SHIPPED_OPTIONS,
  readClaimBuster,
  toGroupedRows,
  trainNaiveBayes,
  type ClaimBusterRow,
} from '../train-claims';
import { formatTable, prf, type EvalResult } from './types';

const LABELS = ['NFS', 'UFS', 'CFS'] as const;
const OPINION_CUES = new Set(['question', 'exhortation', 'first-person-opinion']);

interface Prediction {
  row: ClaimBusterRow;
  checkworthy: boolean;
  opinion: boolean;
}

function readOption(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
}

function findExtras(path: string, args: string[]): string[] {
  if (args.includes('--no-extra')) return readOption(args, '--extra');
  const dir = dirname(path);
  const siblings = readdirSync(dir)
    .filter((f) => /^claimbuster-.*\.jsonl$/.test(f))
    .map((f) => join(dir, f));
  const all = [...siblings, ...DEFAULT_FILES.filter((f) => existsSync(f)), ...readOption(args, '--extra')];
  return [...new Set(all.map((f) => resolve(f)))].filter((f) => f !== resolve(path));
}

function score(predictions: readonly { row: ClaimBusterRow; checkworthy: boolean }[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { row, checkworthy } of predictions) {
    const gold = row.label === 'CFS';
    if (checkworthy && gold) tp++;
    else if (checkworthy) fp++;
    else if (gold) fn++;
  }
  const r = prf(tp, fp, fn);
  return { precision: round(r.precision), recall: round(r.recall), f1: round(r.f1) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Our scorer, k-fold by debate over the pool (file + extras). */
function crossValidate(rows: ClaimBusterRow[], pool: ClaimBusterRow[], k: number) {
  const folds = assignFolds(
    rows.map((r) => r.debate),
    k,
  );
  const predictions: Prediction[] = [];
  const nbPredictions: { row: ClaimBusterRow; checkworthy: boolean }[] = [];
  const thresholds: number[] = [];
  let scoringMs = 0;
  for (let fold = 0; fold < k; fold++) {
    const train = pool.filter((r) => folds.get(r.debate) !== fold);
    const test = rows.filter((r) => folds.get(r.debate) === fold);
    if (test.length === 0) continue;
    const model = unpackScorer(packScorer(fitScorer(toGroupedRows(train), SHIPPED_OPTIONS)));
    thresholds.push(model.threshold);
    const nb = trainNaiveBayes(train);
    const started = performance.now();
    for (const row of test) {
      const a = assessSentence(row.text, model);
      predictions.push({ row, checkworthy: a.checkworthy, opinion: a.cues.some((c) => OPINION_CUES.has(c)) });
    }
    scoringMs += performance.now() - started;
    for (const row of test) nbPredictions.push({ row, checkworthy: nb(row.text) });
  }
  return { predictions, nbPredictions, thresholds, scoringMs };
}

function confusionOf(predictions: readonly Prediction[]) {
  const confusion: Record<string, Record<string, number>> = {};
  const confusion3: Record<string, Record<string, number>> = {};
  for (const label of LABELS) {
    confusion[label] = { notCheckworthy: 0, checkworthy: 0 };
    confusion3[label] = { NFS: 0, UFS: 0, CFS: 0 };
  }
  for (const p of predictions) {
    confusion[p.row.label]![p.checkworthy ? 'checkworthy' : 'notCheckworthy']!++;
    const predicted = p.checkworthy ? 'CFS' : p.opinion ? 'NFS' : 'UFS';
    confusion3[p.row.label]![predicted]!++;
  }
  return { confusion, confusion3 };
}

/**
 * Whole-pipeline cost (segmentation, scoring, kinds, attribution) with the file as one article:
 * CPU time, best of 5 runs after a warm-up, so a busy machine inflates it less than wall time.
 */
function timeExtraction(rows: readonly ClaimBusterRow[], model: ReturnType<typeof unpackScorer>): number {
  const paragraphs: string[] = [];
  for (let i = 0; i < rows.length; i += 5)
    paragraphs.push(
      rows
        .slice(i, i + 5)
        .map((r) => r.text)
        .join(' '),
    );
  const text = paragraphs.join('\n\n');
  extractClaimsWith(text, [], model); // warm-up: JIT and the first regex compilations
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const before = process.cpuUsage();
    extractClaimsWith(text, [], model);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return round((best / text.split(/\s+/).length) * 1000);
}

/** Runs the claims eval on one ClaimBuster file. */
export async function run(path: string, args: string[]): Promise<EvalResult> {
  const k = Number(readOption(args, '--folds')[0] ?? 5);
  const rows = readClaimBuster(path);
  const extras = findExtras(path, args);
  const pool = [...rows, ...extras.flatMap(readClaimBuster)];
  const started = performance.now();
  const { predictions, nbPredictions, thresholds, scoringMs } = crossValidate(rows, pool, k);
  const ours = score(predictions);
  const { confusion, confusion3 } = confusionOf(predictions);
  const otherFile = extras.find((f) => basename(f) !== basename(path) && /claimbuster-/.test(basename(f)));
  const nbOther = otherFile ? trainNaiveBayes(readClaimBuster(otherFile)) : null;
  const shipped = unpackScorer(packed as PackedScorer);
  const trainedDebates = new Set((packed as PackedScorer).trainedOn?.debates ?? []);
  const baseline = {
    nbFolds: score(nbPredictions),
    nbOtherFile: nbOther
      ? {
          ...score(rows.map((row) => ({ row, checkworthy: nbOther(row.text) }))),
          trainedOn: basename(otherFile!),
        }
      : null,
    hasNumber: score(rows.map((row) => ({ row, checkworthy: /\d/.test(row.text) }))),
  };
  const shippedFigure = {
    ...score(rows.map((row) => ({ row, checkworthy: assessSentence(row.text, shipped).checkworthy }))),
    honest: !rows.some((r) => trainedDebates.has(r.debate)),
  };
  const words = rows.reduce((n, r) => n + r.text.split(/\s+/).length, 0);
  const metrics = {
    task: 'claims',
    file: basename(path),
    rows: rows.length,
    mode: `${k}-fold by debate; pool = file + ${extras.map((f) => basename(f)).join(', ') || 'nothing'}; fold debates excluded from training`,
    ...ours,
    thresholds,
    confusion,
    confusion3,
    baseline,
    shipped: shippedFigure,
    scoringMsPer1000Words: round((scoringMs / words) * 1000),
    extractCpuMsPer1000Words: timeExtraction(rows, shipped),
    elapsedMs: Math.round(performance.now() - started),
  };
  const table = [
    formatTable(
      ['scorer', 'precision', 'recall', 'f1'],
      [
        ['ours (k-fold by debate)', ours.precision, ours.recall, ours.f1],
        ['naive Bayes, same folds', baseline.nbFolds.precision, baseline.nbFolds.recall, baseline.nbFolds.f1],
        ...(baseline.nbOtherFile
          ? [
              [
                `naive Bayes, trained on ${baseline.nbOtherFile.trainedOn}`,
                baseline.nbOtherFile.precision,
                baseline.nbOtherFile.recall,
                baseline.nbOtherFile.f1,
              ],
            ]
          : []),
        ['has a number', baseline.hasNumber.precision, baseline.hasNumber.recall, baseline.hasNumber.f1],
        [
          `shipped model.json${shippedFigure.honest ? '' : ' (trained on these debates)'}`,
          shippedFigure.precision,
          shippedFigure.recall,
          shippedFigure.f1,
        ],
      ],
    ),
    '',
    formatTable(
      ['gold \\ predicted', 'not', 'checkworthy', '3-class: NFS', 'UFS', 'CFS'],
      LABELS.map((l) => [
        l,
        confusion[l]!.notCheckworthy!,
        confusion[l]!.checkworthy!,
        confusion3[l]!.NFS!,
        confusion3[l]!.UFS!,
        confusion3[l]!.CFS!,
      ]),
    ),
  ].join('\n');
  return { table, metrics };
}
