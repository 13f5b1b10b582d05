/**
 * Declared equivalents: "Long Name (ACR)", "Long Name (A/B)", "ACR (Long Name)", "Long (Short)"
 * and a bare "A/B" pair of acronyms. The parts become mentions of one organization, and a long
 * name with no head word still counts when the acronym spells it ("Mojahedin-e Khalq (MEK)").
 * Pinned by tests/unit/organizations/definitions.test.ts and the seed-like fixture.
 */
import { matchesAcronym } from './acronyms';
import { isBodyAcronym } from './body-acronyms';
import { isOrgCandidate } from './cues';
import { newFound, type Found, type MentionTable } from './found';
import type { Run } from './runs';
import type { Token } from './tokens';

/** A pair of token ranges declared to name the same organization. */
export type Equivalence = [Run, Run];

interface Side {
  run: Run;
  found: Found | undefined;
}

function sideEndingAt(table: MentionTable, byLast: Map<number, Run>, i: number): Side | null {
  const found = table.at(i);
  if (found) return found.last === i ? { run: found, found } : null;
  const run = byLast.get(i);
  return run ? { run, found: undefined } : null;
}

function words(tokens: Token[], run: Run): string[] {
  return tokens.slice(run.first, run.last + 1).map((t) => t.text);
}

/** Acronym tokens inside the parentheses: "ACR" or "A / B"; null otherwise. */
function readAcronyms(tokens: Token[], from: number, to: number): number[] | null {
  if (to === from && isBodyAcronym(tokens[from]!.text)) return [from];
  if (to === from + 2 && tokens[from + 1]!.text === '/') {
    const ok = isBodyAcronym(tokens[from]!.text) && isBodyAcronym(tokens[to]!.text);
    return ok ? [from, to] : null;
  }
  return null;
}

function claim(table: MentionTable, run: Run, type: Found['type']): void {
  table.add(newFound(run.first, run.last, 'definition', type));
}

function linkAcronymsToLong(
  tokens: Token[],
  table: MentionTable,
  long: Side,
  acronyms: number[],
  out: Equivalence[],
): void {
  const spelled = acronyms.some((a) => matchesAcronym(tokens[a]!.text, words(tokens, long.run)));
  if (!long.found && !(spelled && isOrgCandidate(tokens, long.run))) return;
  if (!long.found) claim(table, long.run, null);
  const type = table.at(long.run.first)?.type ?? null;
  for (const a of acronyms) {
    claim(table, { first: a, last: a }, type);
    out.push([long.run, { first: a, last: a }]);
  }
}

function linkParenthesis(
  tokens: Token[],
  table: MentionTable,
  rests: Map<number, Run>,
  open: number,
  close: number,
  out: Equivalence[],
): void {
  const left = sideEndingAt(table, rests, open - 1);
  if (!left) return;
  const acronyms = readAcronyms(tokens, open + 1, close - 1);
  if (acronyms) return linkAcronymsToLong(tokens, table, left, acronyms, out);
  const inner = sideEndingAt(table, rests, close - 1);
  if (!inner || inner.run.first !== open + 1) return;
  const leftIsAcronym = left.run.first === left.run.last && isBodyAcronym(tokens[left.run.first]!.text);
  if (leftIsAcronym) return linkAcronymsToLong(tokens, table, inner, [left.run.first], out);
  if (
    left.found &&
    (inner.found || isOrgCandidate(tokens, inner.run)) &&
    inner.run.last - inner.run.first < 3
  ) {
    if (!inner.found) claim(table, inner.run, left.found.type);
    out.push([left.run, inner.run]);
  }
}

/** Finds declared equivalents, adds their parts as mentions, and returns the pairs. */
export function findEquivalences(
  tokens: Token[],
  table: MentionTable,
  restsByLast: Map<number, Run>,
): Equivalence[] {
  const out: Equivalence[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') {
      let j = i + 1;
      while (
        j < tokens.length &&
        j - i <= 10 &&
        tokens[j]!.text !== ')' &&
        tokens[j]!.text !== '(' &&
        !tokens[j]!.lineStart
      )
        j++;
      if (tokens[j]?.text === ')' && j > i + 1) linkParenthesis(tokens, table, restsByLast, i, j, out);
    } else if (t.text === '/' && tokens[i - 1]!.end === t.start && tokens[i + 1]?.start === t.end) {
      const a = tokens[i - 1]!.text;
      const b = tokens[i + 1]!.text;
      if (isBodyAcronym(a) && isBodyAcronym(b) && tokens[i - 2]?.text !== '(') {
        claim(table, { first: i - 1, last: i - 1 }, null);
        claim(table, { first: i + 1, last: i + 1 }, null);
        out.push([
          { first: i - 1, last: i - 1 },
          { first: i + 1, last: i + 1 },
        ]);
      }
    }
  }
  return out;
}
