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
  const table = model.table;
  const mask = (1 << model.bits) - 1; // toSlot (hashing.ts), inlined
  let zDirect = model.biases[0];
  let zFactual = model.biases[1];
  let zImportant = model.biases[2];
  // An indexed loop: no iterator objects while the worker's code is still interpreted.
  for (let i = 0; i < count; i++) {
    const at = (features[i]! & mask) * 3;
    zDirect += table[at] ?? 0;
    zFactual += table[at + 1] ?? 0;
    zImportant += table[at + 2] ?? 0;
  }
  return (sigmoid(zDirect) + sigmoid(zFactual) * sigmoid(zImportant)) / 2;
}
