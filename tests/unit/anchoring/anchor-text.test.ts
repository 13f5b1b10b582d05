import { describe, expect, it } from 'vitest';
import { anchorAllInText, anchorInText } from '../../../lib/anchoring/anchor-text';
import { selectPhrase } from './helpers';
import { checkRow, CRITICS, edit, harbour, prepend, SURGES, unchanged, type Row } from './anchor-rows';

/** Passages whose text survived: found at the same place, or re-found by their exact quote. */
const rows: Row[] = [
  // Text unchanged or changed only in ways that do not count.
  {
    name: 'unchanged text',
    text: harbour,
    phrase: SURGES,
    change: unchanged,
    expected: 'same place',
    method: 'position',
  },
  {
    name: 'non-breaking spaces inside the passage',
    text: harbour,
    phrase: SURGES,
    change: (t) => edit(t, 'eleven times in', 'eleven\u00a0times\u00a0in'),
    expected: 'same place',
    method: 'position',
  },
  {
    name: 'curly quotes straightened',
    text: harbour,
    phrase: '“People want a terminal that does not flood every February.”',
    change: (t) => t.replace(/[“”]/g, '"'),
    expected: 'same place',
    method: 'position',
  },
  {
    name: 'hyphen became a non-breaking hyphen',
    text: harbour,
    phrase: 'ending a two-year argument',
    change: (t) => edit(t, 'two-year', 'two\u2011year'),
    expected: 'same place',
    method: 'position',
  },
  // Offsets moved: the exact quote is re-found.
  {
    name: 'paragraph inserted before the passage',
    text: harbour,
    phrase: SURGES,
    change: prepend,
    expected: 're-found',
    method: 'quote',
  },
  {
    name: 'word inserted right before the passage',
    text: harbour,
    phrase: SURGES,
    change: (t) => edit(t, 'of the harbour, has closed', 'of the old harbour, has closed'),
    expected: 're-found',
    method: 'quote',
  },
  {
    name: 'white space collapsed (markup reflowed)',
    text: harbour,
    phrase: CRITICS,
    change: (t) => t.replace(/\s+/g, ' '),
    expected: 're-found',
    method: 'quote',
  },
  {
    name: 'white space expanded and paragraphs joined without breaks',
    text: harbour,
    phrase: CRITICS,
    change: (t) => t.replace(/\n\n/g, '').replace(/ /g, '  '),
    expected: 're-found',
    method: 'quote',
    at: CRITICS.replace(/ /g, '  '),
  },
  {
    name: 'quote-only clipping, text unchanged',
    text: harbour,
    phrase: SURGES,
    change: unchanged,
    withPosition: false,
    expected: 're-found',
    method: 'quote',
  },
  {
    name: 'short quote, insertion before, context intact',
    text: harbour,
    phrase: 'Marta',
    change: prepend,
    expected: 're-found',
    method: 'quote',
  },
];

describe('anchorInText on fixture articles: unchanged passages, moved or copied', () => {
  it.each(rows)('$name: $expected', checkRow);
});

describe('anchorAllInText', () => {
  it('gives the same results as anchorInText one clipping at a time', () => {
    const clippings = [SURGES, CRITICS, 'Marta', 'February', 'Tomas Riedel'].map((p) =>
      selectPhrase(harbour, p),
    );
    const changed = prepend(edit(harbour, 'has closed eleven times', 'has shut eleven times'));
    expect(anchorAllInText(changed, clippings)).toEqual(clippings.map((c) => anchorInText(changed, c)));
  });
});
