/**
 * The scorer that ships: lib/claims/model.json, written by `npx tsx tests/tools/train-claims.ts`
 * from the ClaimBuster dev half (Arslan, Hassan, Li & Tremayne, "A Benchmark Dataset of
 * Check-worthy Factual Claims", ICWSM 2020). Imported as a JSON module so it bundles into the
 * service worker; decoded once on first use.
 */
import packed from './model.json';
import { unpackScorer, type PackedScorer } from './model-codec';
import type { ScorerWeights } from './train';

// A memo of a constant, not state: decode the weights (a 3 MB table) once per worker.
let decoded: ScorerWeights | null = null;

/** The shipped scorer, decoded. */
export function loadShippedScorer(): ScorerWeights {
  decoded ??= unpackScorer(packed as PackedScorer);
  return decoded;
}
