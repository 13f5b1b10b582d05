/**
 * Decides how far capitalisation can be trusted on each line. In an ALL-CAPS line (a shouted
 * headline) it says nothing, so only names confirmed elsewhere are echoed there; in a Title Case
 * line every function word is capitalised, so those are filtered everywhere, not only at a
 * sentence start. A line-initial ALL-CAPS word followed by punctuation or a number is a dateline
 * or a label ("OSLO 2021-03-04", "GRAIN -"). Pinned by tests/unit/organizations/lines.test.ts.
 */
import { FUNCTION_WORDS } from './lexicon-words';
import type { Token } from './tokens';

/** How capitalisation reads on a line. */
export type LineMode = 'normal' | 'title' | 'caps';

function modeOfLine(tokens: Token[], from: number, to: number): LineMode {
  let words = 0;
  let caps = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    if (t.allCaps) caps++;
    if (t.capitalised) capitalised++;
  }
  if (words >= 3 && caps / words >= 0.7) return 'caps';
  if (capitalised >= 3 && words <= 25 && !hasLowerContentWord(tokens, from, to)) return 'title';
  return 'normal';
}

/**
 * True when a lower-case word of two letters or more on the line is not a function word. Asked
 * only of lines short enough to be Title Case: a paragraph line would look up every word.
 */
function hasLowerContentWord(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.text.length >= 2 && !t.capitalised && !FUNCTION_WORDS.has(t.text)) return true;
  }
  return false;
}

/** The mode of every token's line, indexed like `tokens`. */
export function readLineModes(tokens: Token[]): LineMode[] {
  const modes: LineMode[] = new Array<LineMode>(tokens.length);
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]!.lineStart) continue;
    const mode = modeOfLine(tokens, from, i);
    for (let j = from; j < i; j++) modes[j] = mode;
    from = i;
  }
  return modes;
}

/** Marks line-initial ALL-CAPS words followed by punctuation, a number or the line end. */
export function findLabels(tokens: Token[]): Set<number> {
  const labels = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.lineStart) continue;
    let j = i;
    while (j < tokens.length && tokens[j]!.allCaps) {
      if (j > i && tokens[j]!.lineStart) break;
      j++;
    }
    if (j > i && isDatelineEnd(tokens, j)) for (let k = i; k < j; k++) labels.add(k);
  }
  return labels;
}

const LABEL_MARKS = new Set(['-', '--', '\u2013', '\u2014', ':', '/']);

/** After line-initial capitals: a line end, a number, a dash, or ", Place 2021-03-04". */
function isDatelineEnd(tokens: Token[], j: number): boolean {
  const next = tokens[j];
  if (next === undefined || next.lineStart || next.kind === 'num' || LABEL_MARKS.has(next.text)) return true;
  if (next.text !== ',') return false;
  for (let k = j + 1; k <= j + 3 && k < tokens.length && !tokens[k]!.lineStart; k++) {
    if (tokens[k]!.kind === 'num') return true;
  }
  return false;
}
