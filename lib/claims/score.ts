/**
 * Applies a trained scorer (train.ts) to a sentence's features: a score in [0, 1], the mean of
 * the direct model's probability and the product of the two staged ones.
 */
import { toSlot } from './hashing';
import type { ScorerWeights } from './train';

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Score of a sentence with these feature hashes (features.ts). */
export function scoreFeatures(model: ScorerWeights, features: readonly number[]): number {
  const { table, biases } = model;
  let [zDirect, zFactual, zImportant] = biases;
  for (const feature of features) {
    const at = toSlot(feature, model.bits) * 3;
    zDirect += table[at] ?? 0;
    zFactual += table[at + 1] ?? 0;
    zImportant += table[at + 2] ?? 0;
  }
  return (sigmoid(zDirect) + sigmoid(zFactual) * sigmoid(zImportant)) / 2;
}
