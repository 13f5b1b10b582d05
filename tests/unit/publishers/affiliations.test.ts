import { describe, expect, it } from 'vitest';
import { findAffiliationFlags } from '../../../lib/publishers/affiliations';
import { createProfile, type PublisherProfile } from '../../../lib/publishers/profile';

const WIKIDATA_URL = 'https://www.wikidata.org/wiki/Q99990002#P127';

function profile(): PublisherProfile {
  return {
    ...createProfile('aravia-focus.org', 0),
    affiliations: [
      { organization: 'PLFA/Sahand', source: 'reader', addedAtMs: 1 },
      {
        organization: 'Aravian Diaspora Fund',
        source: 'pack',
        sourceUrl: 'https://packs.example/aravia',
        addedAtMs: 2,
      },
    ],
    openData: {
      status: 'found',
      fetchedAtMs: 3,
      facts: {
        qid: 'Q99990002',
        label: 'Aravia Focus',
        description: null,
        source: 'wikidata',
        url: 'https://www.wikidata.org/wiki/Q99990002',
        facts: [
          {
            property: 'P127',
            value: 'National Resistance Council of Aravia (NRCA)',
            qid: 'Q99990020',
            source: 'wikidata',
            url: WIKIDATA_URL,
          },
          {
            property: 'P17',
            value: 'Aravia',
            qid: 'Q99990023',
            source: 'wikidata',
            url: 'https://www.wikidata.org/wiki/Q99990002#P17',
          },
        ],
        wikipedia: null,
        candidates: 1,
      },
    },
  };
}

describe('findAffiliationFlags', () => {
  it.each([
    [{ name: 'Sahand', aliases: [] }, 'PLFA/Sahand', 'reader', undefined],
    [{ name: "People's Liberation Front of Aravia", aliases: ['plfa'] }, 'PLFA/Sahand', 'reader', undefined],
    [
      { name: 'ARAVIAN DIASPORA FUND', aliases: [] },
      'Aravian Diaspora Fund',
      'pack',
      'https://packs.example/aravia',
    ],
    [
      { name: 'the Aravian Diaspora-Fund', aliases: [] },
      'Aravian Diaspora Fund',
      'pack',
      'https://packs.example/aravia',
    ],
    [
      { name: 'N.R.C.A. council', aliases: ['NRCA'] },
      'National Resistance Council of Aravia (NRCA)',
      'wikidata',
      WIKIDATA_URL,
    ],
    [
      { name: 'National Resistance Council of Aravia', aliases: [] },
      'National Resistance Council of Aravia (NRCA)',
      'wikidata',
      WIKIDATA_URL,
    ],
  ])('%j matches %s (%s)', (org, matchedName, source, sourceUrl) => {
    const flags = findAffiliationFlags(profile(), [org]);
    expect(flags).toEqual([{ organization: org.name, matchedName, source, ...(sourceUrl && { sourceUrl }) }]);
  });

  it.each([
    [{ name: 'Aravia', aliases: [] }], // a country fact is not an affiliation
    [{ name: 'Aravian Diaspora', aliases: [] }],
    [{ name: 'National Council', aliases: ['NC'] }],
    [{ name: 'Plfa Sahand Watch', aliases: [] }],
  ])('%j does not match', (org) => {
    expect(findAffiliationFlags(profile(), [org])).toEqual([]);
  });

  it('is empty without a profile', () => {
    expect(findAffiliationFlags(undefined, [{ name: 'Sahand', aliases: [] }])).toEqual([]);
  });
});

describe('findAffiliationFlags across names folded in earlier articles', () => {
  const withHistory = (): PublisherProfile => {
    const p = profile();
    return {
      ...p,
      affiliations: [{ organization: 'Popular Liberation Front of Aravia', source: 'reader', addedAtMs: 1 }],
      history: {
        ...p.history,
        organizationAliases: {
          'Popular Liberation Front of Aravia': ['PLFA', 'Sahand Fighters'],
          'Aravian Chamber of Commerce': ['ACC'],
        },
      },
    };
  };

  it('flags an article that names the organization only by a name seen with it before', () => {
    const flags = findAffiliationFlags(withHistory(), [{ name: 'Sahand Fighters', aliases: [] }]);
    expect(flags.map((f) => f.matchedName)).toEqual(['Popular Liberation Front of Aravia']);
  });

  it('does not hop to organizations never folded with the affiliated one', () => {
    expect(
      findAffiliationFlags(withHistory(), [{ name: 'Aravian Chamber of Commerce', aliases: ['ACC'] }]),
    ).toEqual([]);
  });
});
