import { describe, expect, it } from 'vitest';
import { expandNameForms, normalizeName } from '../../../lib/publishers/names';

describe('normalizeName', () => {
  it.each([
    ["People's Liberation Front", 'peoples liberation front'],
    ['People’s  Liberation—Front', 'peoples liberation front'],
    ['The Harbour Gazette', 'harbour gazette'],
    ['Société Générale', 'societe generale'],
    ['AT&T', 'at and t'],
    ['  ', ''],
  ])('%s -> %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
});

describe('expandNameForms', () => {
  it.each([
    ['PMOI/MEK', ['pmoi mek', 'pmoi', 'mek']],
    [
      'National Resistance Council of Aravia (NRCA)',
      ['national resistance council of aravia nrca', 'national resistance council of aravia', 'nrca'],
    ],
    ['US', ['us']],
    ['UN (US)', ['un us']],
  ])('%s', (name, forms) => {
    expect(expandNameForms(name)).toEqual(forms);
  });
});
