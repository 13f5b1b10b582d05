import { describe, expect, it } from 'vitest';
import { acronymLetters, matchesAcronym } from '../../../lib/organizations/acronyms';

describe('matchesAcronym', () => {
  it.each([
    ['NCRI', 'National Council of Resistance of Iran', true],
    ['PMOI', "People 's Mojahedin Organization of Iran", true],
    ['MEK', 'Mojahedin-e Khalq', true],
    ['IRGC', 'Islamic Revolutionary Guard Corps', true],
    ['FTO', 'Foreign Terrorist Organisation', true],
    ['U.N.', 'United Nations', true],
    ['NAB', 'Nordic Amber Breweries Ltd', true],
    ['ICRC', 'International Committee of the Red Cross', true],
    ['ICC', 'International Criminal Court', true],
    // shared letters never make a match on their own
    ['ICC', 'International Committee of the Red Cross', false],
    ['ICRC', 'International Criminal Court', false],
    ['UNHRC', 'United Nations Human Rights Council', true],
    ['UNHCR', 'United Nations Human Rights Council', false],
    ['NCR', 'National Council of Resistance of Iran', false],
    ['KB', 'Kestrelbrew Company Ltd.', false],
  ])('%s ~ %s -> %s', (acronym, name, expected) => {
    expect(matchesAcronym(acronym, name.split(' '))).toBe(expected);
  });

  it.each([
    ['U.N.', 'UN'],
    ['AT&T', 'ATT'],
    ['PMOI', 'PMOI'],
  ])('letters of %s are %s', (acronym, letters) => {
    expect(acronymLetters(acronym)).toBe(letters);
  });
});
