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

/** The rests found last for one text, and how many mentions the table had then. */
export interface RestsMemo {
  rests: Run[];
  mentions: number;
}

/**
 * `findRests`, found again only when the table has gained mentions since `memo` was filled: the
 * pipeline asks four times, and a table only grows (`add`), so its mention count tells whether
 * the answer can have changed. (A plain object, not a class: when all of a class's instances die
 * with their text, a collection can take its hidden classes and the optimized code built on them.)
 */
export function currentRests(tokens: Token[], runs: Run[], table: MentionTable, memo: RestsMemo): Run[] {
  if (memo.mentions !== table.all.length) {
    memo.rests = findRests(tokens, runs, table);
    memo.mentions = table.all.length;
  }
  return memo.rests;
}

/** Index of rests by their last token. */
export function indexRestsByLast(rests: Run[]): Map<number, Run> {
  const byLast = new Map<number, Run>();
  for (const r of rests) byLast.set(r.last, r);
  return byLast;
}
