import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBestEnd, findMatchStart, searchApproximate } from '../../../lib/anchoring/search-approximate';

/** Fewest edits of `pattern` against any substring of `text` ending at each index (plain DP). */
function referenceScores(text: string, pattern: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const scores: number[] = [];
  for (const char of text) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === char ? 0 : 1;
      next.push(Math.min((column[i - 1] ?? 0) + cost, (column[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1));
    }
    column = next;
    scores.push(column[pattern.length] ?? 0);
  }
  return scores;
}

const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 60 });
const pattern = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 32 });

describe('Myers search agrees with the textbook dynamic programme', () => {
  it('finds the minimum edits at every end (property, small alphabet)', () => {
    fc.assert(
      fc.property(letters, pattern, (text, p) => {
        const reference = referenceScores(text, p);
        const best = Math.min(p.length, ...reference);
        const found = findBestEnd(text, p, { from: 0, to: text.length, target: 0, distanceCost: 0 });
        if (text.length === 0) expect(found).toBeNull();
        else expect(found?.errors).toBe(best);
        const hits = searchApproximate(text, p, best) ?? [];
        for (const hit of hits) expect(reference[hit.end - 1]).toBe(hit.errors);
        if (best < p.length) expect(hits.length).toBeGreaterThan(0);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it.each([
    ['exact', 'the quick brown fox', 'quick', 0, 4],
    ['one substitution', 'the quick brown fox', 'quack', 1, 4],
    ['one deletion', 'the quick brown fox', 'quik', 1, 4],
    ['one insertion', 'the quick brown fox', 'quicck', 1, 4],
  ])('%s: start of the match is recovered', (_, text, p, errors, start) => {
    const [hit] = searchApproximate(text, p, errors) ?? [];
    expect(hit?.errors).toBe(errors);
    expect(hit && findMatchStart(text, p, hit.end, errors).start).toBe(start);
  });

  it('gives up (null) when a pattern is too generic', () => {
    expect(searchApproximate('ab'.repeat(10_000), 'abab', 1, 0, 20_000, 100)).toBeNull();
  });
});
