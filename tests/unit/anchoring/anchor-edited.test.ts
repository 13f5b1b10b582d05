import { describe, it } from 'vitest';
import { CRITICS, checkRow, edit, harbour, prepend, SURGES, type Row } from './anchor-rows';

/** Passages that were themselves edited or removed: fuzzy re-found, or honestly orphaned. */
const rows: Row[] = [
  // The passage itself was edited: approximately re-found, with lower confidence.
  {
    name: 'passage reworded slightly (short quote path)',
    text: harbour,
    phrase: SURGES,
    change: (t) => edit(t, 'has closed eleven times in the past', 'has shut eleven times over the past'),
    expected: 're-found',
    method: 'fuzzy',
    at: 'has shut eleven times over the past three winters because of storm surges',
  },
  {
    name: 'long passage reworded in the middle',
    text: harbour,
    phrase: CRITICS,
    change: (t) => edit(t, 'who depend on foot passengers walking', 'who rely on passengers on foot walking'),
    expected: 're-found',
    method: 'fuzzy',
    at: CRITICS.replace('who depend on foot passengers walking', 'who rely on passengers on foot walking'),
  },
  {
    name: 'long passage reworded at both ends, moved down',
    text: harbour,
    phrase: CRITICS,
    change: (t) =>
      prepend(
        edit(
          edit(t, 'Critics of the plan say', 'Critics of the scheme say'),
          'a third of their trade.',
          'a third of their business.',
        ),
      ),
    expected: 're-found',
    method: 'fuzzy',
    at: CRITICS.replace('plan', 'scheme').replace('trade', 'business'),
  },
  // The passage is gone, or too short to look for approximately.
  {
    name: 'passage removed',
    text: harbour,
    phrase: SURGES,
    change: (t) => edit(t, `${SURGES}. `, ''),
    expected: 'orphan',
  },
  {
    name: 'long passage removed',
    text: harbour,
    phrase: CRITICS,
    change: (t) => edit(t, CRITICS, 'Not everyone agrees.'),
    expected: 'orphan',
  },
  {
    name: 'short quote renamed ("Linus" must not match "chines")',
    text: harbour,
    phrase: 'Marta',
    change: (t) => edit(t, 'Marta', 'Martha'),
    expected: 'orphan',
  },
  {
    name: 'short quote misspelt after an edit',
    text: harbour,
    phrase: 'February',
    change: (t) => edit(t, 'February', 'Februar'),
    expected: 'orphan',
  },
  {
    name: 'short quote whose context was rewritten',
    text: harbour,
    phrase: 'Ravi',
    change: (t) =>
      edit(
        t,
        '“You are taking the front door away from the town,” said Ravi Desai, who has run a bakery',
        'For nineteen years Ravi has baked bread',
      ),
    withPosition: false,
    expected: 'orphan',
  },
];

describe('anchorInText on fixture articles: edited and removed passages', () => {
  it.each(rows)('$name: $expected', checkRow);
});
