import { describe, expect, it } from 'vitest';
import { classifiedOf } from './helpers';

describe('classifyRun', () => {
  it.each([
    ['head at the end', 'The Alberta Grain Board reported', ['Alberta Grain Board/head']],
    ['head governing of', 'the Department of Health said', ['Department of Health/head']],
    [
      'country acronym before a Head-of name is dropped',
      'The UK Department of Health said',
      ['Department of Health/head'],
    ],
    [
      'city in the name is kept',
      'marched from Mandalay Institute of Technology',
      ['Mandalay Institute of Technology/head'],
    ],
    ['designator', 'said Tarrow Minerals Ltd on Friday', ['Tarrow Minerals Ltd/designator']],
    ['leading designator', 'shares in PT Sinar Timur rose', ['PT Sinar Timur/designator']],
    ['ampersand company', 'Procter & Gamble rose', ['Procter & Gamble/designator']],
    ['title after the head', 'said Harbour Authority Secretary General Ana Ruiz', ['Harbour Authority/head']],
    ['portfolio minister is a person', 'said Public Service Minister Ana Ruiz', []],
    ['lone head is not a body', 'the Council said', []],
    ['head first is not a body', 'the Exchange Rate Mechanism', []],
    ['known body', 'told Reuters on Friday', ['Reuters/known']],
    ['known multi-word body', 'the Red Cross said', ['Red Cross/known']],
    ['acronym', 'the NCRI said', ['NCRI/acronym']],
    ['country acronym is a place', 'the U.S. and UK said', []],
    ['units are not bodies', 'the CEO said GDP rose', []],
    ['hyphenated country acronyms', 'UK-US talks ended', []],
    ['initials before a name', 'said R.K. Menon of the board', []],
    ['acronym then title and person', 'ABDC Vice-President Carla Souza said', ['ABDC/acronym']],
  ])('%s', (_label, text, expected) => {
    expect(classifiedOf(text)).toEqual(expected);
  });
});
