import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../lib/organizations/index';

function folded(text: string): string[] {
  return extractOrganizations(text).map((o) => [o.name, ...o.aliases].join(' = '));
}

describe('declared equivalents', () => {
  it.each([
    [
      'long (ACR)',
      'The Chilean Dental Society (ABDC) met. The ABDC said.',
      ['Chilean Dental Society = ABDC'],
    ],
    [
      'long (A/B)',
      'the People’s Mojahedin Organization of Iran (PMOI/MEK) said',
      ['People’s Mojahedin Organization of Iran = PMOI = MEK'],
    ],
    [
      'ACR (long)',
      'to designate the IRGC (Islamic Revolutionary Guard Corps) now',
      ['Islamic Revolutionary Guard Corps = IRGC'],
    ],
    [
      'headless long form spelled by the acronym',
      'supporters of Mojahedin-e Khalq (MEK) marched',
      ['Mojahedin-e Khalq = MEK'],
    ],
    ['headless long form not spelled is ignored', 'the Paris meeting (PM) ended', []],
    [
      'long (Short)',
      'PT Kereta Nusantara (Kernus) closed higher. Kernus rose.',
      ['PT Kereta Nusantara = Kernus'],
    ],
    ['bare A/B pair', 'Supporters of the PMOI/MEK rallied.', ['PMOI = MEK']],
    [
      'places in parentheses are not aliases',
      'Hughes Aircraft Company (California) said',
      ['Hughes Aircraft Company'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(folded(text)).toEqual(expected);
  });
});

describe('bare acronyms', () => {
  it.each([
    [
      'long form earlier',
      'The Alberta Grain Board reported loadings. The AGB said more ships came.',
      'Alberta Grain Board = AGB',
    ],
    [
      'long form later',
      'The IRGC fired missiles. The Islamic Revolutionary Guard Corps denied it.',
      'Islamic Revolutionary Guard Corps = IRGC',
    ],
  ])('bind to the long name they spell (%s)', (_label, text, expected) => {
    expect(folded(text)).toContain(expected);
  });

  it('stay apart when no long name is spelled', () => {
    expect(folded('The ICC and the International Committee of the Red Cross met.')).toEqual([
      'ICC',
      'International Committee of the Red Cross',
    ]);
  });
});
