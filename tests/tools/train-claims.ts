/**
 * Trains the shipped check-worthiness scorer and writes lib/claims/model.json:
 *
 *   npx tsx tests/tools/train-claims.ts [files.jsonl ...]
 *
 * Data: the dev half of the ClaimBuster dataset (Arslan, Hassan, Li & Tremayne, "A Benchmark
 * Dataset of Check-worthy Factual Claims", ICWSM 2020; doi:10.5281/zenodo.3609356), read by path
 * from ../shared/corpus/claims and never copied into this repository. Label: CFS = check-worthy.
 * The eval (tests/tools/eval/claims.ts) retrains per fold with the same `fitScorer`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectCues } from '../../lib/claims/cues';
import { extractFeatureHashes } from '../../lib/claims/features';
import { fitScorer, type GroupedRow } from '../../lib/claims/fit';
import { packScorer } from '../../lib/claims/model-codec';
import type { TrainOptions } from '../../lib/claims/train';

/** One ClaimBuster line (the fields this project reads). */
export interface ClaimBusterRow {
  id: string;
  text: string;
  label: 'NFS' | 'UFS' | 'CFS';
  debate: string;
  line: number;
}

const GRADES = { NFS: 0, UFS: 1, CFS: 2 } as const;

/** The options the shipped model is trained with (train.ts defaults); the eval uses the same. */
export const SHIPPED_OPTIONS: Partial<TrainOptions> = {};

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The dev half, beside this checkout. */
export const DEFAULT_FILES = ['claimbuster-groundtruth-dev.jsonl', 'claimbuster-crowdsourced-dev.jsonl'].map(
  (f) => join(ROOT, '..', 'shared', 'corpus', 'claims', f),
);

/** Reads a ClaimBuster .jsonl file. */
export function readClaimBuster(path: string): ClaimBusterRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ClaimBusterRow);
}

/** Feature rows for training, grouped by debate. */
export function toGroupedRows(rows: readonly ClaimBusterRow[]): GroupedRow[] {
  return rows.map((r) => ({
    features: extractFeatureHashes(r.text, detectCues(r.text)),
    grade: GRADES[r.label],
    group: r.debate,
  }));
}

/**
 * Baseline for the eval: multinomial naive Bayes over lower-cased words (Laplace smoothing),
 * the "word-level naive Bayes" the issue compares against. Returns a predicate.
 */
export function trainNaiveBayes(rows: readonly ClaimBusterRow[]): (text: string) => boolean {
  const counts = [new Map<string, number>(), new Map<string, number>()] as const;
  const totals = [0, 0];
  const docs = [0, 0];
  const vocabulary = new Set<string>();
  for (const row of rows) {
    const y = row.label === 'CFS' ? 1 : 0;
    docs[y]!++;
    for (const word of words(row.text)) {
      counts[y].set(word, (counts[y].get(word) ?? 0) + 1);
      totals[y]!++;
      vocabulary.add(word);
    }
  }
  const v = vocabulary.size;
  return (text) => {
    let logOdds = Math.log((docs[1]! + 1) / (docs[0]! + 1));
    for (const word of words(text)) {
      if (!vocabulary.has(word)) continue;
      logOdds += Math.log(((counts[1].get(word) ?? 0) + 1) / (totals[1]! + v));
      logOdds -= Math.log(((counts[0].get(word) ?? 0) + 1) / (totals[0]! + v));
    }
    return logOdds > 0;
  };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

function main(files: string[]): void {
  const rows = files.flatMap(readClaimBuster);
  const started = performance.now();
  const model = fitScorer(toGroupedRows(rows), SHIPPED_OPTIONS);
  const packed = packScorer(model, {
    files: files.map((f) => basename(f)),
    debates: [...new Set(rows.map((r) => r.debate))].sort(),
    rows: rows.length,
  });
  const out = join(ROOT, 'lib', 'claims', 'model.json');
  writeFileSync(out, JSON.stringify(packed) + '\n');
  const kb = (JSON.stringify(packed).length / 1024).toFixed(0);
  const ms = (performance.now() - started).toFixed(0);
  process.stdout.write(`${rows.length} rows, threshold ${packed.threshold}, ${kb} KB -> ${out} (${ms} ms)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_FILES);
}
