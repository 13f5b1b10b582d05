import { expect } from 'vitest';
import { anchorInText } from '../../../lib/anchoring/anchor-text';
import type { AnchorMethod } from '../../../lib/anchoring/types';
import { edit, locate, readFixture, selectPhrase } from './helpers';

export { edit };
export const harbour = readFixture('harbour-ferry.txt');
export const library = readFixture('library-vote.txt');

export const SURGES = 'has closed eleven times in the past three winters because of storm surges';
export const CRITICS =
  'Critics of the plan say the east quay is too far from the town centre. Shopkeepers on Harbour Street, who depend on foot passengers walking from the ferry, have warned that a move could cost them a third of their trade.';
export const VOTE = 'The vote was postponed';
export const PULL = '“A town that closes its library is telling its children what it thinks of them.”';

/** One edit scenario: select `phrase` in `text`, apply `change`, anchor, expect the outcome. */
export interface Row {
  name: string;
  text: string;
  phrase: string;
  occurrence?: number;
  change: (text: string) => string;
  /** False for an old clipping that saved only a quote (default true). */
  withPosition?: boolean;
  expected: 'same place' | 're-found' | 'orphan';
  method?: AnchorMethod;
  /** Where a re-found passage should now be in the changed text (default: `phrase`). */
  at?: string;
  atOccurrence?: number;
}

export const unchanged = (text: string) => text;
export const prepend = (text: string) => `Update, 9 March: this article was corrected.\n\n${text}`;

/** Runs a row: same place = the saved offsets; re-found = where `at` now is; orphan = not placed. */
export function checkRow(row: Row): void {
  const saved = selectPhrase(row.text, row.phrase, row.occurrence);
  const changed = row.change(row.text);
  const position = row.withPosition === false ? null : saved.position;
  const result = anchorInText(changed, { quote: saved.quote, position });
  if (row.expected === 'orphan') {
    expect(result).toMatchObject({ status: 'orphan' });
    return;
  }
  expect(result).toMatchObject({ status: 'anchored', method: row.method });
  if (result.status !== 'anchored') return;
  if (row.expected === 'same place') {
    expect([result.start, result.end]).toEqual([saved.position.start, saved.position.end]);
    return;
  }
  const at = row.at ?? row.phrase;
  const start = locate(changed, at, row.atOccurrence);
  if (row.method === 'fuzzy') {
    // Approximate boundaries may be off by a character or two; confidence stays below a quote's.
    expect(Math.abs(result.start - start)).toBeLessThanOrEqual(3);
    expect(Math.abs(result.end - start - at.length)).toBeLessThanOrEqual(3);
    expect(result.confidence).toBeLessThan(0.85);
  } else {
    expect(result.start).toBe(start);
    expect(changed.slice(result.start, result.end).replace(/\s/g, '')).toBe(at.replace(/\s/g, ''));
  }
}
