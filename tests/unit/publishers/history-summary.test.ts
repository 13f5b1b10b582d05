import { describe, expect, it } from 'vitest';
import { applyVisit, type PublisherVisit } from '../../../lib/publishers/history';
import { quantify, summarizeHistory } from '../../../lib/publishers/history-summary';
import { createProfile, type PublisherProfile } from '../../../lib/publishers/profile';

const MEK = { name: 'PMOI/MEK', aliases: ["People's Mojahedin Organization of Iran"] };

function read(articles: number, withByline: number, named: number, opinion = 0): PublisherProfile {
  let profile: PublisherProfile | undefined;
  for (let i = 0; i < articles; i++) {
    const v: PublisherVisit = {
      url: `https://example-advocacy.org/news/${i}`,
      seenAtMs: 1_000 + i,
      hasPersonalByline: i < withByline,
      organizations: i < named ? [MEK] : [],
      claimKinds: i === 0 ? Array<string>(opinion).fill('opinion') : [],
      alreadyCounted: false,
    };
    profile = applyVisit(profile, v);
  }
  return profile ?? createProfile('example-advocacy.org', 0);
}

describe('summarizeHistory', () => {
  it.each([
    [0, 0, 0, 0, ''],
    [1, 0, 1, 0, 'Across 1 article you read here, it has no personal byline.'],
    [1, 1, 0, 0, 'Across 1 article you read here, it has a personal byline.'],
    [12, 0, 12, 0, 'Across 12 articles you read here, all 12 name PMOI/MEK, none has a personal byline.'],
    [
      12,
      3,
      9,
      2,
      'Across 12 articles you read here, 9 of 12 name PMOI/MEK, 3 of 12 have a personal byline, 2 claims read as opinion.',
    ],
    [
      10,
      10,
      2,
      1,
      'Across 10 articles you read here, all 10 have a personal byline, 1 claim reads as opinion.',
    ],
    [4, 1, 2, 0, 'Across 4 articles you read here, 2 of 4 name PMOI/MEK, 1 of 4 has a personal byline.'],
  ])('%i articles, %i bylines, %i naming MEK, %i opinions', (articles, bylines, named, opinion, text) => {
    expect(summarizeHistory(read(articles, bylines, named, opinion)).text).toBe(text);
  });

  it('gives the facts as data, not only as text', () => {
    const summary = summarizeHistory(read(12, 0, 12));
    expect(summary.articles).toBe(12);
    expect(summary.facts).toContainEqual(
      expect.objectContaining({
        kind: 'organization',
        organization: 'PMOI/MEK',
        count: 12,
        of: 12,
        quantifier: 'all',
      }),
    );
    expect(summary.facts).toContainEqual(
      expect.objectContaining({ kind: 'byline', count: 0, quantifier: 'none' }),
    );
    expect(summary.firstSeenMs).toBe(1_000);
    expect(summary.lastSeenMs).toBe(1_011);
  });

  it.each([
    [0, 5, 'none'],
    [1, 5, 'one'],
    [2, 5, 'some'],
    [3, 5, 'most'],
    [5, 5, 'all'],
    [1, 1, 'all'],
  ] as const)('quantify(%i, %i) = %s', (count, of, q) => {
    expect(quantify(count, of)).toBe(q);
  });
});
