/**
 * Sparse binary features of one sentence for the check-worthiness scorer, as 32-bit hashes
 * (hashing.ts): word unigrams and bigrams ("<s>" at the start), the first word, a length bucket
 * and the cues of cues.ts. Words come from tokens.ts, with numbers folded into shapes. Each
 * token is hashed once and combined, so no feature-name string is built. The same function
 * feeds training (tests/tools/train-claims.ts, the eval) and scoring, so the shipped weights
 * and the runtime never disagree on a feature.
 */
import type { Cue } from './cues';
import { FNV_OFFSET, continueHash, finalizeHash } from './hashing';
import { tokenize } from './tokens';

/** Caps the work per sentence: features past this many tokens add little and cost time. */
const MAX_TOKENS = 120;
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

/** Hashes of the features of `sentence` given its cues; duplicates removed. */
export function extractFeatureHashes(sentence: string, cues: readonly Cue[]): number[] {
  const tokens = tokenize(sentence.length > 4_000 ? sentence.slice(0, 4_000) : sentence);
  const n = Math.min(tokens.length, MAX_TOKENS);
  const seen = new Set<number>();
  seen.add(continueHash(FNV_OFFSET, lengthBucket(tokens.length)) >>> 0);
  let previous = START;
  for (let i = 0; i < n; i++) {
    const token = continueHash(FNV_OFFSET, tokens[i]!);
    if (i === 0) seen.add(finalizeHash(token ^ FIRST_SALT));
    seen.add(finalizeHash(token ^ WORD_SALT));
    seen.add(finalizeHash(Math.imul(previous ^ BIGRAM_SALT, 0x9e3779b1) ^ token));
    previous = token;
  }
  for (const cue of cues) seen.add(continueHash(FNV_OFFSET, 'c:' + cue) >>> 0);
  return [...seen];
}
