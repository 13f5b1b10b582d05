/**
 * Decides which of several places to trust, or that none can be trusted. The best-scoring place
 * wins when it clears the floor and no other place scores within the margin; a near-tie is broken
 * only by closeness to the saved position (an article edited elsewhere keeps passages near where
 * they were), and stays unresolved without one: we orphan rather than guess. Pinned by
 * tests/unit/anchoring/anchor-copies.test.ts.
 */

/** A place the passage might be, in normalised offsets, with its score in [0, 1]. */
export interface Candidate {
  start: number;
  end: number;
  score: number;
}

/**
 * The chosen place (and whether a near-tie had to be broken by position); or none at all; or a
 * single candidate below the floor (`weak`); or several that cannot be told apart.
 */
export type Pick<C extends Candidate> =
  | { kind: 'picked'; candidate: C; tieBroken: boolean }
  | { kind: 'none' }
  | { kind: 'weak'; candidate: C }
  | { kind: 'ambiguous'; count: number };

/** How to judge candidates: minimum score, near-tie margin, and the saved position if known. */
export interface PickRules {
  floor: number;
  margin: number;
  hint: number | null;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Picks one candidate, or says there is none, only a weak one, or several equally good. */
export function pickCandidate<C extends Candidate>(candidates: readonly C[], rules: PickRules): Pick<C> {
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const best = sorted[0];
  if (!best) return { kind: 'none' };
  const rivals = sorted.filter(
    (c) => c === best || (c.score >= best.score - rules.margin && !overlaps(c, best)),
  );
  if (best.score < rules.floor)
    return sorted.length === 1 ? { kind: 'weak', candidate: best } : ambiguous(sorted);
  if (rivals.length === 1) return { kind: 'picked', candidate: best, tieBroken: false };
  if (rules.hint === null) return ambiguous(rivals);
  const hint = rules.hint;
  const byDistance = rivals
    .map((candidate) => ({ candidate, distance: Math.abs(candidate.start - hint) }))
    .sort((a, b) => a.distance - b.distance);
  const [nearest, next] = byDistance;
  if (!nearest || (next && next.distance === nearest.distance)) return ambiguous(rivals);
  return { kind: 'picked', candidate: nearest.candidate, tieBroken: true };
}

function ambiguous(rivals: readonly Candidate[]): { kind: 'ambiguous'; count: number } {
  return { kind: 'ambiguous', count: rivals.length };
}
