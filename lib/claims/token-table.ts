/**
 * What the claims pass knows about each distinct raw token (tokens.ts) it has met: its hash, its
 * word feature and its cue pre-test bits (cue-words.ts), each worked out once. All three are pure
 * functions of the token, so one table serves every sentence of every article the worker reads:
 * news vocabulary repeats, and hashing a token costs a loop over its characters while the
 * service worker's code is still interpreted. A memo, not state: bounded, and dropping it only
 * costs time.
 */
import { findTokenCueBits } from './cue-words';
import { FNV_OFFSET, continueHash } from './hashing';
import { shapeToken } from './tokens';

/** Past this many distinct tokens the table starts over (a few MB at most). */
const MAX_TOKENS = 100_000;
// Distinct salts keep "tax" the word, "tax" the first word and "tax" in a bigram apart.
const WORD_SALT = 0x5bd1e995;

/** `finalizeHash` (hashing.ts) as a signed 32-bit number: the same bits, no unsigned conversion. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Raw token -> index into typed arrays of its hash, word feature and cue bits. */
export class TokenTable {
  /** FNV-1a of the shaped token (signed 32-bit). */
  hashes = new Int32Array(1024);
  /** The token's word feature (signed 32-bit). */
  wordFeatures = new Int32Array(1024);
  /** Cues the token may start (cue-words.ts `findTokenCueBits`). */
  cueBits = new Int32Array(1024);
  private readonly ids = new Map<string, number>();

  /**
   * Writes the indexes of the first `room` of `raws` to `ids`, registering new tokens; returns the
   * OR of the cue bits of all of them. One call per sentence rather than one per token.
   */
  indexAll(raws: readonly string[], ids: Int32Array, room: number): number {
    let cueBits = 0;
    for (let i = 0; i < raws.length; i++) {
      let id = this.ids.get(raws[i]!);
      if (id === undefined) id = this.add(raws[i]!);
      cueBits |= this.cueBits[id]!;
      if (i < room) ids[i] = id;
    }
    return cueBits;
  }

  /**
   * Starts over when full. Only between sentences: indexes handed out for the current sentence
   * must stay valid until its features are collected.
   */
  limitSize(): void {
    if (this.ids.size >= MAX_TOKENS) this.ids.clear();
  }

  private add(raw: string): number {
    const id = this.ids.size;
    if (id === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.wordFeatures = grow(this.wordFeatures);
      this.cueBits = grow(this.cueBits);
    }
    const hash = continueHash(FNV_OFFSET, shapeToken(raw));
    this.hashes[id] = hash;
    this.wordFeatures[id] = mix(hash ^ WORD_SALT);
    this.cueBits[id] = findTokenCueBits(raw);
    this.ids.set(raw, id);
    return id;
  }
}

/** A copy of `values` with twice the room. */
function grow(values: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(values.length * 2);
  bigger.set(values);
  return bigger;
}

/** The table every FeatureBuffer shares unless given its own. */
export const SHARED_TOKENS = new TokenTable();
