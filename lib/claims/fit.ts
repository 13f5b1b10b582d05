/**
 * Fits a scorer and its decision threshold without looking at test data: the threshold is the
 * one that maximises F1 on out-of-fold scores from an inner cross-validation grouped by
 * `group` (a debate or an article), so sentences of one source never score each other.
 * Shared by the training script and the eval's per-fold retraining.
 */
import { scoreFeatures } from './score';
import { trainScorer, type ScorerWeights, type TrainingRow, type TrainOptions } from './train';

/** Threshold steps (of 0.01) averaged either side when choosing a threshold. */
const SMOOTHING = 2;

/** A training row and the source it came from. */
export interface GroupedRow extends TrainingRow {
  group: string;
}

/** Splits groups into `k` folds: sorted, then dealt round-robin (deterministic). */
export function assignFolds(groups: readonly string[], k: number): Map<string, number> {
  const sorted = [...new Set(groups)].sort();
  return new Map(sorted.map((group, i) => [group, i % k]));
}

/**
 * The threshold in [0.05, 0.95] with the best F1 of `scores` against `labels`, F1 averaged over
 * the thresholds within 0.02 either side so that one lucky step of a noisy curve does not win.
 */
export function chooseThreshold(scores: readonly number[], labels: readonly boolean[]): number {
  const f1s: number[] = [];
  for (let cents = 0; cents <= 100; cents++) {
    const t = cents / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    scores.forEach((s, i) => {
      if (s >= t && labels[i]) tp++;
      else if (s >= t) fp++;
      else if (labels[i]) fn++;
    });
    f1s.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  }
  let best = 50;
  let bestF1 = -1;
  for (let cents = 5; cents <= 95; cents++) {
    const window = f1s.slice(cents - SMOOTHING, cents + SMOOTHING + 1);
    const f1 = window.reduce((a, b) => a + b, 0) / window.length;
    if (f1 > bestF1 + 1e-9) [best, bestF1] = [cents, f1];
  }
  return best / 100;
}

/** Trains on all `rows` with a threshold picked by `innerFolds`-fold grouped cross-validation. */
export function fitScorer(
  rows: readonly GroupedRow[],
  options: Partial<TrainOptions> = {},
  innerFolds = 5,
): ScorerWeights {
  const folds = assignFolds(
    rows.map((r) => r.group),
    innerFolds,
  );
  const scores: number[] = [];
  const labels: boolean[] = [];
  for (let k = 0; k < innerFolds; k++) {
    const model = trainScorer(
      rows.filter((r) => folds.get(r.group) !== k),
      options,
    );
    for (const row of rows) {
      if (folds.get(row.group) !== k) continue;
      scores.push(scoreFeatures(model, row.features));
      labels.push(row.grade === 2);
    }
  }
  return { ...trainScorer(rows, options), threshold: chooseThreshold(scores, labels) };
}
