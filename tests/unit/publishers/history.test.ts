import { describe, expect, it } from 'vitest';
import { applyVisit, type PublisherVisit } from '../../../lib/publishers/history';
import {
  createProfile,
  PublisherProfileSchema,
  type PublisherProfile,
} from '../../../lib/publishers/profile';

const DAY_MS = 86_400_000;
const NRCA = { name: 'National Resistance Council of Aravia', aliases: ['NRCA'] };
const PLFA = { name: 'PLFA/Sahand', aliases: ["People's Liberation Front of Aravia"] };

function visit(overrides: Partial<PublisherVisit> = {}): PublisherVisit {
  return {
    url: 'https://www.aravia-focus.org/news/a',
    seenAtMs: 1_700_000_000_000,
    hasPersonalByline: false,
    organizations: [NRCA],
    claimKinds: ['factual', 'opinion', 'opinion'],
    alreadyCounted: false,
    ...overrides,
  };
}

function visitMany(visits: Partial<PublisherVisit>[]): PublisherProfile {
  let profile: PublisherProfile | undefined;
  for (const v of visits) profile = applyVisit(profile, visit(v));
  if (!profile) throw new Error('no visits');
  return profile;
}

describe('applyVisit', () => {
  it('creates the profile on the first visit, keyed by registrable domain', () => {
    const profile = applyVisit(undefined, visit({ url: 'https://m.aravia-focus.org/x' }));
    expect(profile.domain).toBe('aravia-focus.org');
    expect(profile.history).toMatchObject({
      articles: 1,
      firstSeenMs: 1_700_000_000_000,
      lastSeenMs: 1_700_000_000_000,
      withPersonalByline: 0,
      organizations: { 'National Resistance Council of Aravia': 1 },
      claimKinds: { factual: 1, opinion: 2 },
      opinionClaims: 2,
    });
    expect(PublisherProfileSchema.safeParse(profile).success).toBe(true);
  });

  it.each([
    ['a new article', false, 2, 2],
    ['a re-visit of a counted article', true, 1, 1],
  ])('%s', (_label, alreadyCounted, articles, nrca) => {
    const profile = visitMany([{}, { seenAtMs: 1_700_000_000_000 + DAY_MS, alreadyCounted }]);
    expect(profile.history.articles).toBe(articles);
    expect(profile.history.organizations['National Resistance Council of Aravia']).toBe(nrca);
    expect(profile.history.lastSeenMs).toBe(1_700_000_000_000 + DAY_MS);
    expect(profile.history.firstSeenMs).toBe(1_700_000_000_000);
  });

  it('folds organizations across aliases and acronym parts, once per article', () => {
    const profile = visitMany([
      { organizations: [PLFA] },
      { organizations: [{ name: 'Sahand', aliases: [] }] },
      {
        organizations: [
          { name: "People's Liberation Front of Aravia", aliases: ['PLFA'] },
          { name: 'PLFA', aliases: [] },
        ],
      },
    ]);
    expect(profile.history.organizations).toEqual({ 'PLFA/Sahand': 3 });
  });

  it('keeps the 50 most-named organizations', () => {
    const frequent = Array.from({ length: 10 }, (_, i) => ({ name: `Frequent Org ${i}`, aliases: [] }));
    const visits = [{ organizations: frequent }, { organizations: frequent }];
    for (let i = 0; i < 100; i++) visits.push({ organizations: [{ name: `Rare Org ${i}`, aliases: [] }] });
    const profile = visitMany(visits);
    const names = Object.keys(profile.history.organizations);
    expect(names).toHaveLength(50);
    for (const org of frequent) expect(profile.history.organizations[org.name]).toBe(2);
    expect(names).toContain('Rare Org 99'); // the newest one entered, an old singleton left
    expect(PublisherProfileSchema.safeParse(profile).success).toBe(true);
  });

  it('counts personal bylines, and never changes its input', () => {
    const first = applyVisit(undefined, visit({ hasPersonalByline: true }));
    const snapshot = structuredClone(first);
    const second = applyVisit(first, visit({ hasPersonalByline: false }));
    expect(first).toEqual(snapshot);
    expect(second.history.withPersonalByline).toBe(1);
    expect(second.history.articles).toBe(2);
  });

  it('keeps the latest page facts', () => {
    const page = { name: 'Aravia Focus', domain: 'aravia-focus.org', nameSource: 'json-ld' };
    expect(visitMany([{ page }, {}]).page).toEqual(page);
  });

  it('ignores hostile record keys', () => {
    const profile = visitMany([
      {
        organizations: [{ name: '__proto__', aliases: ['constructor'] }],
        claimKinds: ['__proto__', 'toString'],
      },
    ]);
    expect(Object.getPrototypeOf(profile.history.organizations)).toBe(Object.prototype);
    expect(profile.history.organizations).toEqual({ constructor: 1 });
    expect(profile.history.claimKinds).toEqual({ tostring: 1 });
  });

  it('throws when the visit belongs to another publisher', () => {
    expect(() => applyVisit(createProfile('valleyherald.com', 0), visit())).toThrow(RangeError);
  });
});
