/**
 * The unexplained parts of the capitalised runs: maximal stretches no detector has claimed yet,
 * trimmed of connectors at their edges. Cue, definition and repeat detectors work on these.
 */
import type { MentionTable } from './found';
import type { Run } from './runs';
import type { Token } from './tokens';

function isEdgeWord(t: Token): boolean {
  return t.capitalised;
}

/** Unclaimed stretches of `runs`, in text order. */
export function findRests(tokens: Token[], runs: Run[], table: MentionTable): Run[] {
  const rests: Run[] = [];
  for (const run of runs) {
    let i = run.first;
    while (i <= run.last) {
      if (!table.isFree(i, i) || !isEdgeWord(tokens[i]!)) {
        i++;
        continue;
      }
      let last = i;
      let j = i + 1;
      while (j <= run.last && table.isFree(j, j)) {
        if (isEdgeWord(tokens[j]!)) last = j;
        j++;
      }
      rests.push({ first: i, last });
      i = j;
    }
  }
  return rests;
}

/** Index of rests by their last token. */
export function indexRestsByLast(rests: Run[]): Map<number, Run> {
  const byLast = new Map<number, Run>();
  for (const r of rests) byLast.set(r.last, r);
  return byLast;
}
