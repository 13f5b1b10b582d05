/**
 * Feature hashing: a feature is a 32-bit hash (FNV-1a over a word, combined and finalized as in
 * features.ts); a model keeps 2^bits weight slots and a feature's slot is its hash's low bits.
 * The shipped model is then a weight array, not a vocabulary, and unknown words need no lookup
 * table. Changing any hash here or in features.ts requires retraining model.json.
 */

/** FNV-1a offset basis: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** Continues an FNV-1a hash `h` over the characters of `text`. */
export function continueHash(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a of `name` as an unsigned 32-bit number. */
export function hashName(name: string): number {
  return continueHash(FNV_OFFSET, name) >>> 0;
}

/** Murmur3's finalizer: spreads a combined hash over all 32 bits (unsigned result). */
export function finalizeHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The weight slot of a feature hash in a table of 2^bits slots. */
export function toSlot(hash: number, bits: number): number {
  return hash & ((1 << bits) - 1);
}
