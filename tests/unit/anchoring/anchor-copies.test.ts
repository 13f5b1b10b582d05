import { describe, it } from 'vitest';
import { checkRow, edit, library, prepend, PULL, unchanged, VOTE, type Row } from './anchor-rows';

/** The quote occurs several times: context chooses, position breaks exact ties, else orphan. */
const rows: Row[] = [
  {
    name: 'three copies, the text right after the second one edited: still its saved position',
    text: library,
    phrase: VOTE,
    occurrence: 1,
    change: (t) => edit(t, ' because two members were absent', ' as two members were away'),
    expected: 'same place',
    method: 'position',
  },
  {
    name: 'three copies, the second chosen by context',
    text: library,
    phrase: VOTE,
    occurrence: 1,
    change: unchanged,
    withPosition: false,
    expected: 're-found',
    method: 'quote',
    atOccurrence: 1,
  },
  {
    name: 'three copies, shifted: context beats the old offset',
    text: library,
    phrase: VOTE,
    occurrence: 2,
    change: prepend,
    expected: 're-found',
    method: 'quote',
    atOccurrence: 2,
  },
  {
    name: 'repeated pull quote, the placard copy chosen by context',
    text: library,
    phrase: PULL,
    occurrence: 1,
    change: prepend,
    withPosition: false,
    expected: 're-found',
    method: 'quote',
    atOccurrence: 1,
  },
  {
    name: 'copies with identical context: the one nearest the old position',
    text: `${library}\n\n${library}`,
    phrase: VOTE,
    occurrence: 4,
    change: prepend,
    expected: 're-found',
    method: 'quote',
    atOccurrence: 4,
  },
  {
    name: 'copies with identical context and no position: orphan',
    text: `${library}\n\n${library}`,
    phrase: VOTE,
    occurrence: 4,
    change: prepend,
    withPosition: false,
    expected: 'orphan',
  },
  {
    name: 'copies, none with agreeing context: orphan',
    text: library,
    phrase: VOTE,
    occurrence: 0,
    change: () => `Minutes. ${VOTE} twice. ${VOTE} at ten.`,
    withPosition: false,
    expected: 'orphan',
  },
  {
    name: 'copies, none with agreeing context, old position known: orphan',
    text: library,
    phrase: VOTE,
    occurrence: 0,
    change: () => `Minutes. ${VOTE} twice. In other business ${VOTE} again at ten o'clock.`,
    expected: 'orphan',
  },
];

describe('anchorInText on fixture articles: copies of the quote', () => {
  it.each(rows)('$name: $expected', checkRow);
});
