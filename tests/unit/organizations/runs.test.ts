import { describe, expect, it } from 'vitest';
import { runsOf } from './helpers';

describe('findRuns', () => {
  it.each([
    [
      'of-phrase after a head',
      'met the National Council of Resistance of Iran on Friday',
      ['National Council of Resistance of Iran'],
    ],
    [
      "People's inside a name",
      'the People’s Mojahedin Organization of Iran said',
      ['People’s Mojahedin Organization of Iran'],
    ],
    [
      'other possessives split',
      "Britain's Office of Fair Trading said",
      ['Britain', 'Office of Fair Trading'],
    ],
    ['and before a head', 'the Fisheries and Forests Commission will', ['Fisheries and Forests Commission']],
    [
      'and between two bodies',
      'Danish Airways and Pacific Airlines agreed',
      ['Danish Airways', 'Pacific Airlines'],
    ],
    [
      'no of without a head',
      'the Gulf of Mexico and the Secretary of State',
      ['Gulf', 'Mexico', 'Secretary', 'State'],
    ],
    ['for with an article', 'a Movement for a Free Future member', ['Movement for a Free Future']],
    ['company heads do not govern', 'the Kestrel Group of Anwar', ['Kestrel Group', 'Anwar']],
    ['a body after of stays apart', 'PT Sinar Duta of the Sinar Group', ['PT Sinar Duta', 'Sinar Group']],
    ['name particles', 'the charity Avocats sans Frontieres said', ['Avocats sans Frontieres']],
    ['ampersand', 'Procter & Gamble rose', ['Procter & Gamble']],
    ['sentence-initial function word', 'The Council met. Earlier Reuters said', ['Council', 'Reuters']],
    ['calendar words split', 'NATO on Friday December 6 said', ['NATO']],
    ['plural acronyms are not names', 'NGOs and MPs met the EU', ['EU']],
    ['code fragments are not names', 'RAO Sibirsky Metall 0#SBMT.RUO had to pay', ['RAO Sibirsky Metall']],
    ['common noun at a sentence start', 'Harbour officials said. He works at the harbour.', []],
    ['ALL-CAPS line is skipped', 'TASMAN BANK TO CUT 500 JOBS', []],
    ['dateline is skipped', 'OSLO 2021-03-04\nThe IRGC said', ['IRGC']],
  ])('%s', (_label, text, expected) => {
    expect(runsOf(text)).toEqual(expected);
  });

  it('caps runs at 16 tokens', () => {
    expect(runsOf(`${'Alpha '.repeat(40)}said`)).toEqual([]);
  });
});
