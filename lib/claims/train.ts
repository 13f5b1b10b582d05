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
  /**
   * The slots where any model has a non-zero weight, two entries per 32 slots: the bit set of
   * those 32, then how many marked slots come before them (64 KB for 2^18 slots). With `weights`,
   * the shipped scorer takes 0.37 MB where a full table of every slot took 3.3 MB.
   */
  index: Uint32Array;
  /** The marked slots' weights in slot order, three per slot (direct, factual, important). */
  weights: Float32Array;
}

/** One model's non-zero weights: `slots` ascending, `values[i]` the weight at `slots[i]`. */
export interface SparseColumn {
  slots: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** Number of set bits of a 32-bit integer. */
export function popCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Position of `slot` among the marked slots of `index` (the slot must be marked). */
export function rankOf(index: Uint32Array, slot: number): number {
  const at = (slot >>> 5) << 1;
  return index[at + 1]! + popCount(index[at]! & ((1 << (slot & 31)) - 1));
}

/** Builds a scorer from three models' non-zero weights (zeros among them are left out). */
export function buildScorer(
  bits: number,
  threshold: number,
  biases: readonly [number, number, number],
  columns: readonly [SparseColumn, SparseColumn, SparseColumn],
): ScorerWeights {
  const size = 1 << bits;
  const index = new Uint32Array(Math.ceil(size / 32) * 2);
  for (const { slots, values } of columns)
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      if (!(slot >= 0 && slot < size)) throw new Error('claims model: slot out of range');
      const at = (slot >>> 5) << 1;
      if (Math.fround(values[i]!) !== 0) index[at] = index[at]! | (1 << (slot & 31));
    }
  let marked = 0;
  for (let at = 0; at < index.length; at += 2) {
    index[at + 1] = marked;
    marked += popCount(index[at]!);
  }
  const weights = new Float32Array(marked * 3);
  columns.forEach(({ slots, values }, k) => {
    for (let i = 0; i < slots.length; i++)
      if (Math.fround(values[i]!) !== 0) weights[rankOf(index, slots[i]!) * 3 + k] = values[i]!;
  });
  return { bits, threshold, biases, index, weights };
}

/** One model's non-zero weights, read off its full weight array. */
function sparseColumn(weights: Float32Array): SparseColumn {
  const slots: number[] = [];
  const values: number[] = [];
  weights.forEach((w, slot) => {
    if (w === 0) return;
    slots.push(slot);
    values.push(w);
  });
  return { slots, values };
}

/** Combines three models into one scorer. */
export function combineModels(
  bits: number,
  threshold: number,
  models: readonly [LogisticModel, LogisticModel, LogisticModel],
): ScorerWeights {
  return buildScorer(
    bits,
    threshold,
    [models[0].bias, models[1].bias, models[2].bias],
    [sparseColumn(models[0].weights), sparseColumn(models[1].weights), sparseColumn(models[2].weights)],
  );
}

/** Whether any model of `scorer` has a non-zero weight at `slot`. */
export function isMarked(scorer: ScorerWeights, slot: number): boolean {
  return ((scorer.index[(slot >>> 5) << 1]! >>> (slot & 31)) & 1) === 1;
}

/** Takes model `k` (0 direct, 1 factual, 2 important) back out of a scorer. */
export function splitModel(scorer: ScorerWeights, k: 0 | 1 | 2): LogisticModel {
  const weights = new Float32Array(1 << scorer.bits);
  for (let slot = 0; slot < weights.length; slot++)
    if (isMarked(scorer, slot)) weights[slot] = scorer.weights[rankOf(scorer.index, slot) * 3 + k]!;
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
