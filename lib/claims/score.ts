/**
 * Applies a trained scorer (train.ts) to a sentence's features: a score in [0, 1], the mean of
 * the direct model's probability and the product of the two staged ones.
 */
import type { ScorerWeights } from './train';

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Score of a sentence with these feature hashes (features.ts, the first `count`), summed in
 * their order. Signed or unsigned hashes give the same slots.
 */
export function scoreFeatures(
  model: ScorerWeights,
  features: ArrayLike<number>,
  count = features.length,
): number {
  const { table, present } = model;
  const mask = (1 << model.bits) - 1; // toSlot (hashing.ts), inlined
  let zDirect = model.biases[0];
  let zFactual = model.biases[1];
  let zImportant = model.biases[2];
  // An indexed loop: no iterator objects while the worker's code is still interpreted. A zero
  // weight changes no score (z + 0 is z, or +0 for -0), so only present weights are read.
  for (let i = 0; i < count; i++) {
    const slot = features[i]! & mask;
    const has = present[slot]!;
    if (has === 0) continue;
    const at = slot * 3;
    if (has & 1) zDirect += table[at]!;
    if (has & 2) zFactual += table[at + 1]!;
    if (has & 4) zImportant += table[at + 2]!;
  }
  return (sigmoid(zDirect) + sigmoid(zFactual) * sigmoid(zImportant)) / 2;
}
