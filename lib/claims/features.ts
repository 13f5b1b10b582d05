/**
 * Sparse binary features of one sentence for the check-worthiness scorer, as 32-bit hashes
 * (hashing.ts): word unigrams and bigrams ("<s>" at the start), the first word, a length bucket
 * and the cues of cues.ts. Words come from tokens.ts, with numbers folded into shapes. Each
 * token is hashed once and combined, so no feature-name string is built. The same function
 * feeds training (tests/tools/train-claims.ts, the eval) and scoring, so the shipped weights
 * and the runtime never disagree on a feature.
 */
import { canReadCuesFromTokens, findPossibleCues } from './cue-words';
import type { Cue } from './cues';
import { FNV_OFFSET, continueHash } from './hashing';
import { mix, SHARED_TOKENS, type TokenTable } from './token-table';
import { matchRawTokens } from './tokens';

/** Caps the work per sentence: features past this many tokens add little and cost time. */
const MAX_TOKENS = 120;
/** Only this much of a (hostile, unsegmented) sentence is tokenized. */
const MAX_CHARS = 4_000;
/** Most features one sentence can have: its length, first word, words, bigrams and cues. */
const MAX_FEATURES = 2 + 2 * MAX_TOKENS + 16;
/** Slots of the open-addressing set that removes duplicates (a power of two, under half full). */
const SET_SLOTS = 1024;
// Distinct salts keep "tax" the word (token-table.ts), the first word and a bigram apart.
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

/**
 * Feature extraction for a run of sentences, with buffers they share: a token table (token-table.ts)
 * and typed arrays with an open-addressing set for removing duplicates. Hashes stay signed 32-bit
 * numbers inside. Written as flat loops with few calls and no allocation per feature, because the
 * service worker runs this mostly in V8's interpreter, where every call and every boxed number
 * costs. A sentence is read once (`readSentence`), its cues detected, then `collect` hashes it.
 */
export class FeatureBuffer {
  /** The current sentence's features (signed 32-bit), duplicates removed, in first-seen order. */
  features = new Int32Array(MAX_FEATURES);
  count = 0;
  /** Token indexes of the sentence read last (its first MAX_TOKENS), and how many tokens it has. */
  private readonly sentenceIds = new Int32Array(MAX_TOKENS);
  private sentenceTokens = 0;
  private candidates = new Int32Array(MAX_FEATURES);
  private keys = new Int32Array(SET_SLOTS);
  private stamps = new Int32Array(SET_SLOTS);
  private stamp = 0;

  constructor(private readonly tokens: TokenTable = SHARED_TOKENS) {}

  /**
   * Reads the tokens of `sentence` for `collect`; returns the cue pre-test mask (cue-words.ts),
   * taken from the tokens so that the sentence is scanned once.
   */
  readSentence(sentence: string): number {
    const raws = matchRawTokens(sentence.length > MAX_CHARS ? sentence.slice(0, MAX_CHARS) : sentence);
    this.tokens.limitSize();
    const possible = this.tokens.indexAll(raws, this.sentenceIds, MAX_TOKENS);
    this.sentenceTokens = raws.length;
    return canReadCuesFromTokens(sentence, MAX_CHARS) ? possible : findPossibleCues(sentence);
  }

  /** Sets `features`/`count` to the features of the sentence read last, given its cues. */
  collect(cues: readonly Cue[]): void {
    const n = Math.min(this.sentenceTokens, MAX_TOKENS);
    this.reserve(2 + 2 * n + cues.length);
    const { candidates, sentenceIds: ids } = this;
    const { hashes, wordFeatures } = this.tokens;
    let k = 0;
    candidates[k++] = LENGTH_HASHES.get(lengthBucket(this.sentenceTokens))!;
    let previous = START;
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      const token = hashes[id]!;
      if (i === 0) candidates[k++] = mix(token ^ FIRST_SALT);
      candidates[k++] = wordFeatures[id]!;
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
}

/** Fills `buffer` with the features of `sentence` given its cues (see the header). */
export function collectFeatures(sentence: string, cues: readonly Cue[], buffer: FeatureBuffer): void {
  buffer.readSentence(sentence);
  buffer.collect(cues);
}

/** Hashes (unsigned) of the features of `sentence` given its cues; duplicates removed. */
export function extractFeatureHashes(sentence: string, cues: readonly Cue[]): number[] {
  const buffer = new FeatureBuffer();
  collectFeatures(sentence, cues, buffer);
  return Array.from(buffer.features.subarray(0, buffer.count), (h) => h >>> 0);
}
