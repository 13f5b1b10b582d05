import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../lib/organizations/index';
import { isDemonym, isPlace, isPlaceLike } from '../../../lib/organizations/lexicon-places';
import { orgWith, readFixture, spanTexts } from './helpers';

describe('places and nationalities', () => {
  it.each([
    ['Iran', true],
    ['New York', true],
    ['U.S.', true],
    ['St. Louis', false],
    ['Iran Dispatch', false],
  ])('isPlace(%s) -> %s', (name, expected) => {
    expect(isPlace(name)).toBe(expected);
  });

  it.each([
    ['Iranian', true],
    ['Chinese', true],
    ['Iraqi', true],
    ['Brovia', false],
    ['Norvik', false],
  ])('isDemonym(%s) -> %s', (word, expected) => {
    expect(isDemonym(word)).toBe(expected);
  });

  it('treats a run of place words as a place', () => {
    expect(isPlaceLike('UK')).toBe(true);
    expect(isPlaceLike('Chilean Congress')).toBe(false);
  });
});

describe('an organization never absorbs a person or place of the same words', () => {
  const orgs = extractOrganizations(readFixture('person-place.txt'));

  it.each([
    ['Hughes Aircraft Company', ['Hughes Aircraft']],
    ['Iran Dispatch', []],
    ['Washington Post', []],
  ])('%s keeps only its own forms', (name, aliases) => {
    const org = orgWith(orgs, name);
    expect(org?.name).toBe(name);
    expect(org?.aliases).toEqual(aliases);
  });

  it.each(['Hughes', 'Iran', 'Washington', 'Howard Hughes', 'Los Angeles', 'El Segundo'])(
    '"%s" is never an organization mention',
    (form) => {
      expect(spanTexts(orgs)).not.toContain(form);
      expect(orgWith(orgs, form)).toBeUndefined();
    },
  );
});
