/**
 * Applies a trained scorer (train.ts) to a sentence's features: a score in [0, 1], the mean of
 * the direct model's probability and the product of the two staged ones.
 */
import { popCount, type ScorerWeights } from './train';

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
  const { index, weights } = model;
  const mask = (1 << model.bits) - 1; // toSlot (hashing.ts), inlined
  let zDirect = model.biases[0];
  let zFactual = model.biases[1];
  let zImportant = model.biases[2];
  // An indexed loop: no iterator objects while the worker's code is still interpreted. Most
  // features hit no weight; a marked slot's weights are found by its rank among the marked ones
  // (train.ts `rankOf`, inlined). A zero weight among them changes no score (z + 0 is z).
  for (let i = 0; i < count; i++) {
    const slot = features[i]! & mask;
    const at = (slot >>> 5) << 1;
    const marked = index[at]!;
    const bit = 1 << (slot & 31);
    if ((marked & bit) === 0) continue;
    const rank = (index[at + 1]! + popCount(marked & (bit - 1))) * 3;
    zDirect += weights[rank]!;
    zFactual += weights[rank + 1]!;
    zImportant += weights[rank + 2]!;
  }
  return (sigmoid(zDirect) + sigmoid(zFactual) * sigmoid(zImportant)) / 2;
}
