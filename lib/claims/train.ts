/**
 * Trains the check-worthiness scorer: three L2-regularised logistic regressions over hashed
 * sparse binary features (features.ts, hashing.ts), fitted by AdaGrad with a seeded shuffle so a
 * run is reproducible. One model answers "check-worthy?" directly; two answer it in stages,
 * "factual at all?" (ClaimBuster UFS or CFS) and "important, given factual?" (CFS among
 * them); score.ts averages the direct answer with the product of the stages, which beat either
 * alone in grouped cross-validation on the ClaimBuster dev half. Pure (rows in, weights out):
 * tests/tools/train-claims.ts and the eval's per-fold retraining share it.
 */
import { toSlot } from './hashing';

/** ClaimBuster's three grades: 0 non-factual (NFS), 1 unimportant factual (UFS), 2 check-worthy (CFS). */
export type Grade = 0 | 1 | 2;

/** One training example: a sentence's feature hashes (features.ts) and its grade. */
export interface TrainingRow {
  features: readonly number[];
  grade: Grade;
}

/** One logistic regression: `sigmoid(bias + sum of weights[slot])`. */
export interface LogisticModel {
  bias: number;
  weights: Float32Array;
}

/** The trained scorer (see the header for how its three models combine). */
export interface ScorerWeights {
  bits: number;
  /** Score at or above which a sentence is called check-worthy. */
  threshold: number;
  /** Biases of the direct, factual and important models. */
  biases: readonly [number, number, number];
  /** Weights interleaved by slot (direct, factual, important, next slot...): one cache line per feature. */
  table: Float32Array;
  /**
   * Per slot, bit k set when model k's weight there is non-zero: scoring skips the zero weights
   * (most slots a sentence hits have some), which saves boxing each one as a number in V8's
   * interpreter.
   */
  present: Uint8Array;
}

/** Interleaves three models into one scorer. */
export function combineModels(
  bits: number,
  threshold: number,
  models: readonly [LogisticModel, LogisticModel, LogisticModel],
): ScorerWeights {
  const table = new Float32Array(3 << bits);
  const present = new Uint8Array(1 << bits);
  models.forEach((model, k) =>
    model.weights.forEach((w, slot) => {
      table[slot * 3 + k] = w;
      if (w !== 0) present[slot] = present[slot]! | (1 << k);
    }),
  );
  return { bits, threshold, biases: [models[0].bias, models[1].bias, models[2].bias], table, present };
}

/** Takes model `k` (0 direct, 1 factual, 2 important) back out of a scorer. */
export function splitModel(scorer: ScorerWeights, k: 0 | 1 | 2): LogisticModel {
  const weights = new Float32Array(1 << scorer.bits);
  for (let slot = 0; slot < weights.length; slot++) weights[slot] = scorer.table[slot * 3 + k]!;
  return { bias: scorer.biases[k], weights };
}

/** Knobs of `trainScorer`; the defaults are the ones the shipped model uses. */
export interface TrainOptions {
  epochs: number;
  l2: number;
  learningRate: number;
  /** log2 of the number of hash slots. */
  bits: number;
  /** Features seen in fewer training rows are left out (they mostly add hash collisions). */
  minCount: number;
  threshold: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 10,
  l2: 1e-4,
  learningRate: 0.05,
  bits: 18,
  minCount: 2,
  threshold: 0.35,
  seed: 1,
};

/** Small deterministic PRNG (mulberry32). */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  ids: number[];
  y: number;
}

/** AdaGrad logistic regression on hashed rows. */
function trainLogistic(rows: readonly Encoded[], o: TrainOptions): LogisticModel {
  const w = new Float64Array(1 << o.bits);
  const g2 = new Float64Array(1 << o.bits).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = createRandom(o.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { ids, y } = rows[index]!;
      let z = bias;
      for (const id of ids) z += w[id]!;
      const err = 1 / (1 + Math.exp(-z)) - y;
      biasG2 += err * err;
      bias -= (o.learningRate * err) / Math.sqrt(biasG2);
      for (const id of ids) {
        const grad = err + o.l2 * w[id]!;
        g2[id] = g2[id]! + grad * grad;
        w[id] = w[id]! - (o.learningRate * grad) / Math.sqrt(g2[id]!);
      }
    }
  }
  return { bias, weights: Float32Array.from(w) };
}

/** Fits the three models to `rows` (see `TrainOptions`). */
export function trainScorer(
  rows: readonly TrainingRow[],
  options: Partial<TrainOptions> = {},
): ScorerWeights {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const counts = new Map<number, number>();
  for (const row of rows) for (const f of row.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const hashed = rows.map((row) => ({
    ids: row.features.filter((f) => (counts.get(f) ?? 0) >= o.minCount).map((f) => toSlot(f, o.bits)),
    grade: row.grade,
  }));
  return combineModels(o.bits, o.threshold, [
    trainLogistic(
      hashed.map((r) => ({ ids: r.ids, y: r.grade === 2 ? 1 : 0 })),
      o,
    ),
    trainLogistic(
      hashed.map((r) => ({ ids: r.ids, y: r.grade > 0 ? 1 : 0 })),
      o,
    ),
    trainLogistic(
      hashed.filter((r) => r.grade > 0).map((r) => ({ ids: r.ids, y: r.grade === 2 ? 1 : 0 })),
      o,
    ),
  ]);
}
