/**
 * How hard the hostile-input suites fuzz. CI runs a bounded, seeded default; `FUZZ_RUNS=10000`
 * (and optionally `FUZZ_SEED=<n>`) runs the long version locally. A failure prints its seed and
 * path, so `FUZZ_SEED` plus fast-check's `path` replays it exactly.
 */

/** Runs requested with FUZZ_RUNS, or 0 for the default. */
const requested = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10);

/** True when a long run was asked for. */
export const isLongRun = Number.isFinite(requested) && requested > 0;

/** The number of runs: FUZZ_RUNS when set, else `defaultRuns`. */
export function fuzzRuns(defaultRuns: number): number {
  return isLongRun ? requested : defaultRuns;
}

/** The seed every property uses (fixed, so CI failures reproduce). */
export const FUZZ_SEED = Number.parseInt(process.env.FUZZ_SEED ?? '', 10) || 20_110_311;

/** Time a fuzzing test may take: generous for CI's seeded runs, an hour for a long run. */
export const FUZZ_TIMEOUT_MS = isLongRun ? 3_600_000 : 120_000;
