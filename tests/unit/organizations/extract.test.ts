import { describe, expect, it } from 'vitest';
import { OrganizationSchema } from '../../../lib/models/page-context';
import { extractOrganizations } from '../../../lib/organizations/index';
import { orgWith, readFixture } from './helpers';

const FIXTURES = [
  'advocacy-rally.txt',
  'shared-letters.txt',
  'person-place.txt',
  'business-cues.txt',
  'caps-headline.txt',
];

describe('advocacy fixture in the seeds’ pattern', () => {
  const orgs = extractOrganizations(readFixture('advocacy-rally.txt'));

  it.each([
    ['PMOI', 'People’s Mojahedin Organization of Iran', ['PMOI', 'MEK']],
    ['MEK', 'People’s Mojahedin Organization of Iran', ['PMOI', 'MEK']],
    ['NCRI', 'National Council of Resistance of Iran', ['NCRI', 'the Council']],
    ['IRGC', 'Islamic Revolutionary Guard Corps', ['IRGC', 'Guard Corps']],
  ])('folds %s into exactly one organization named by its long form', (acronym, longName, aliases) => {
    const holders = orgs.filter((o) => o.name === acronym || o.aliases.includes(acronym));
    expect(holders).toHaveLength(1);
    expect(holders[0]!.name).toBe(longName);
    expect(holders[0]!.aliases).toEqual(aliases);
  });

  it('keeps the PMOI and the NCRI apart', () => {
    expect(orgWith(orgs, 'PMOI')).not.toBe(orgWith(orgs, 'NCRI'));
  });

  it.each([
    ['IRGC', 4, 'armed-group'],
    ['PMOI', 6, null],
    ['NCRI', 4, null],
    ['State Department', 1, 'government'],
    ['Reuters', 1, 'news-outlet'],
  ])('%s has %i mentions and type %s', (form, mentions, type) => {
    const org = orgWith(orgs, form);
    expect(org?.mentions).toBe(mentions);
    expect(org?.type ?? null).toBe(type);
  });

  it('keeps role cues with the mentions', () => {
    const roles = orgs.flatMap((o) =>
      (o.spans ?? []).filter((s) => s.role).map((s) => `${s.text}:${s.role}`),
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        'MEK:spokesperson',
        'PMOI:spokesperson',
        'Council:speaker',
        'State Department:designator',
      ]),
    );
  });

  it('sorts by mentions, then by first position', () => {
    const keys = orgs.map((o) => [-o.mentions, o.firstPosition ?? 0] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });
});

describe('organizations whose acronyms share letters', () => {
  const orgs = extractOrganizations(readFixture('shared-letters.txt'));

  it.each([
    ['ICRC', 'International Committee of the Red Cross', 3],
    ['ICC', 'International Criminal Court', 3],
    ['UNHRC', 'United Nations Human Rights Council', 3],
    ['UNHCR', 'UNHCR', 1],
  ])('%s stays with %s', (acronym, name, mentions) => {
    const org = orgWith(orgs, acronym);
    expect(org?.name).toBe(name);
    expect(org?.mentions).toBe(mentions);
  });
});

describe('business fixture: cues, short forms, types', () => {
  const orgs = extractOrganizations(readFixture('business-cues.txt'));

  it.each([
    ['Brovia', 4, 'company', []],
    ['Kastel', 3, 'company', []],
    ['Halvorsen Breweries Ltd', 2, 'company', ['Halvorsen']],
    ['Orlik Securities', 1, 'company', []],
  ])('%s', (name, mentions, type, aliases) => {
    const org = orgWith(orgs, name);
    expect([org?.name, org?.mentions, org?.type, org?.aliases]).toEqual([name, mentions, type, aliases]);
  });

  it('finds no people or places', () => {
    expect(orgs.map((o) => o.name).sort()).toEqual([
      'Brovia',
      'Halvorsen Breweries Ltd',
      'Kastel',
      'Orlik Securities',
    ]);
  });
});

describe('output contract', () => {
  it.each(FIXTURES)('%s: valid Organizations with spans that index the text', (name) => {
    const text = readFixture(name);
    for (const org of extractOrganizations(text)) {
      expect(OrganizationSchema.safeParse(org).success).toBe(true);
      expect(org.mentions).toBe(org.spans?.length);
      expect(org.firstPosition).toBe(org.spans?.[0]?.start);
      for (const span of org.spans ?? []) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it.each(['', ' ', '\n\n', 'no capitals at all here.'])('returns nothing for %j', (text) => {
    expect(extractOrganizations(text)).toEqual([]);
  });
});
