/**
 * Sparse binary features of one sentence for the check-worthiness scorer, as 32-bit hashes
 * (hashing.ts): word unigrams and bigrams ("<s>" at the start), the first word, a length bucket
 * and the cues of cues.ts. Words come from tokens.ts, with numbers folded into shapes. Each
 * token is hashed once and combined, so no feature-name string is built. The same function
 * feeds training (tests/tools/train-claims.ts, the eval) and scoring, so the shipped weights
 * and the runtime never disagree on a feature.
 */
import type { Cue } from './cues';
import { FNV_OFFSET, continueHash } from './hashing';
import { matchRawTokens, shapeToken } from './tokens';

/** Caps the work per sentence: features past this many tokens add little and cost time. */
const MAX_TOKENS = 120;
/** Most features one sentence can have: its length, first word, words, bigrams and cues. */
const MAX_FEATURES = 2 + 2 * MAX_TOKENS + 16;
/** Slots of the open-addressing set that removes duplicates (a power of two, under half full). */
const SET_SLOTS = 1024;
// Distinct salts keep "tax" the word, "tax" the first word and "tax" in a bigram apart.
const WORD_SALT = 0x5bd1e995;
const FIRST_SALT = 0x27d4eb2f;
const BIGRAM_SALT = 0x165667b1;
const START = continueHash(FNV_OFFSET, '<s>');

function lengthBucket(n: number): string {
  if (n <= 4) return 'len:tiny';
  if (n <= 9) return 'len:short';
  if (n <= 20) return 'len:mid';
  if (n <= 35) return 'len:long';
  return 'len:huge';
}

// Constant feature hashes, computed once rather than per sentence.
const LENGTH_HASHES = new Map(
  ['len:tiny', 'len:short', 'len:mid', 'len:long', 'len:huge'].map((b) => [b, continueHash(FNV_OFFSET, b)]),
);
const CUE_HASHES = new Map<string, number>();

function hashCue(cue: Cue): number {
  let hash = CUE_HASHES.get(cue);
  if (hash === undefined) CUE_HASHES.set(cue, (hash = continueHash(FNV_OFFSET, 'c:' + cue)));
  return hash;
}

/** `finalizeHash` (hashing.ts) as a signed 32-bit number: the same bits, no unsigned conversion. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Feature extraction for the sentences of one article, with buffers they share: each distinct raw
 * token's hash and word feature (an article repeats most of its words), and typed arrays with an
 * open-addressing set for removing duplicates. Hashes stay signed 32-bit numbers inside. Written
 * as two flat loops with few calls and no allocation per feature, because the service worker runs
 * this mostly in V8's interpreter, where every call and every boxed number costs.
 */
export class FeatureBuffer {
  /** The current sentence's features (signed 32-bit), duplicates removed, in first-seen order. */
  features = new Int32Array(MAX_FEATURES);
  count = 0;
  /** Raw token -> its index in `tokenHashes` and `wordFeatures`. */
  private readonly tokenIds = new Map<string, number>();
  private tokenHashes = new Int32Array(256);
  private wordFeatures = new Int32Array(256);
  private candidates = new Int32Array(MAX_FEATURES);
  private keys = new Int32Array(SET_SLOTS);
  private stamps = new Int32Array(SET_SLOTS);
  private stamp = 0;

  /** Sets `features`/`count` to the features of `sentence` given its cues (see the header). */
  collect(sentence: string, cues: readonly Cue[]): void {
    const raws = matchRawTokens(sentence.length > 4_000 ? sentence.slice(0, 4_000) : sentence);
    const n = Math.min(raws.length, MAX_TOKENS);
    this.reserve(2 + 2 * n + cues.length);
    const candidates = this.candidates;
    let k = 0;
    candidates[k++] = LENGTH_HASHES.get(lengthBucket(raws.length))!;
    let previous = START;
    for (let i = 0; i < n; i++) {
      let id = this.tokenIds.get(raws[i]!);
      if (id === undefined) id = this.addToken(raws[i]!);
      const token = this.tokenHashes[id]!;
      if (i === 0) candidates[k++] = mix(token ^ FIRST_SALT);
      candidates[k++] = this.wordFeatures[id]!;
      // the bigram feature: mix() inlined, as this runs for every token
      let h = Math.imul(previous ^ BIGRAM_SALT, 0x9e3779b1) ^ token;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      candidates[k++] = h ^ (h >>> 16);
      previous = token;
    }
    for (let i = 0; i < cues.length; i++) candidates[k++] = hashCue(cues[i]!);
    this.keepFirstOfEach(k);
  }

  /** Copies the first `k` candidates to `features`, each value once, in order. */
  private keepFirstOfEach(k: number): void {
    const { candidates, keys, stamps, features } = this;
    const mask = keys.length - 1;
    const stamp = ++this.stamp;
    let count = 0;
    for (let i = 0; i < k; i++) {
      const h = candidates[i]!;
      let slot = h & mask;
      while (stamps[slot] === stamp && keys[slot] !== h) slot = (slot + 1) & mask;
      if (stamps[slot] === stamp) continue; // seen in this sentence already
      stamps[slot] = stamp;
      keys[slot] = h;
      features[count++] = h;
    }
    this.count = count;
  }

  /** Room for `k` candidates, with the set at most half full. */
  private reserve(k: number): void {
    if (k > this.candidates.length) {
      this.candidates = new Int32Array(k);
      this.features = new Int32Array(k);
    }
    if (2 * k > this.keys.length) {
      let slots = this.keys.length;
      while (2 * k > slots) slots *= 2;
      this.keys = new Int32Array(slots);
      this.stamps = new Int32Array(slots);
      this.stamp = 0;
    }
  }

  /** Registers a raw token not seen before in this article; returns its index. */
  private addToken(raw: string): number {
    const id = this.tokenIds.size;
    if (id === this.tokenHashes.length) {
      const hashes = new Int32Array(id * 2);
      const words = new Int32Array(id * 2);
      hashes.set(this.tokenHashes);
      words.set(this.wordFeatures);
      this.tokenHashes = hashes;
      this.wordFeatures = words;
    }
    const token = continueHash(FNV_OFFSET, shapeToken(raw));
    this.tokenHashes[id] = token;
    this.wordFeatures[id] = mix(token ^ WORD_SALT);
    this.tokenIds.set(raw, id);
    return id;
  }
}

/** Fills `buffer` with the features of `sentence` given its cues (see the header). */
export function collectFeatures(sentence: string, cues: readonly Cue[], buffer: FeatureBuffer): void {
  buffer.collect(sentence, cues);
}

/** Hashes (unsigned) of the features of `sentence` given its cues; duplicates removed. */
export function extractFeatureHashes(sentence: string, cues: readonly Cue[]): number[] {
  const buffer = new FeatureBuffer();
  buffer.collect(sentence, cues);
  return Array.from(buffer.features.subarray(0, buffer.count), (h) => h >>> 0);
}
