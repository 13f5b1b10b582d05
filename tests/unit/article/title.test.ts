import { describe, expect, it } from 'vitest';
import { pickJsonLdHeadline } from '../../../lib/article/metadata/title';
import { stripTitleAffixes } from '../../../lib/article/metadata/title-affixes';

describe('stripTitleAffixes', () => {
  it.each([
    [
      'site suffix after a pipe',
      'Harbour bridge reopens | The Daily Fixture',
      ['The Daily Fixture'],
      null,
      'Harbour bridge reopens',
    ],
    [
      'site suffix after a dash',
      'Council votes to plant trees - Riverside Post',
      ['Riverside Post'],
      null,
      'Council votes to plant trees',
    ],
    ['domain label as site', 'Storm hits the coast – BBC News', ['bbc'], null, 'Storm hits the coast'],
    [
      'site and author affixes',
      'Samantha and The Big Lie - John Welch - Medium',
      ['Medium', 'John Welch'],
      null,
      'Samantha and The Big Lie',
    ],
    [
      'site prefix',
      'Fixture Times | Bridge reopens after repair work',
      ['Fixture Times'],
      null,
      'Bridge reopens after repair work',
    ],
    [
      'the h1 shows the clean headline',
      'Bridge reopens after repair - Local - Fixture',
      [],
      'Bridge reopens after repair',
      'Bridge reopens after repair',
    ],
    [
      'a short unnamed tail after a pipe',
      'Getting lean with digital ad UX | IAB',
      [],
      null,
      'Getting lean with digital ad UX',
    ],
    [
      'a short unnamed tail after an en dash',
      'Lorem ipsum dolor sit amet – My website',
      [],
      null,
      'Lorem ipsum dolor sit amet',
    ],
  ])('cuts a %s', (_name, title, names, h1, expected) => {
    expect(stripTitleAffixes(title, names, h1).title).toBe(expected);
  });

  it.each([
    ['a colon subtitle', 'These Weeks in Firefox: Issue 85', []],
    ['a dash inside the headline', 'Spider-Man returns to the big screen', []],
    [
      'a title equal to the site name',
      'Yahoo News - Latest News & Headlines',
      ['Yahoo News - Latest News & Headlines'],
    ],
    ['a title equal to the h1', 'Bridge reopens - and traffic returns', []],
    ['a short headline before a dash', 'Mozilla - Wikipedia page', []],
  ])('keeps %s', (_name, title, names) => {
    const h1 = title === 'Bridge reopens - and traffic returns' ? title : null;
    expect(stripTitleAffixes(title, names, h1).title).toBe(title);
  });

  it('reports the removed affix (the site name when the page declares none)', () => {
    expect(stripTitleAffixes('Lorem ipsum dolor sit amet – My website', [], null).removed).toEqual([
      'My website',
    ]);
  });
});

describe('pickJsonLdHeadline', () => {
  it.each([
    ['only a headline', 'Bridge reopens', null, 'x', 'Bridge reopens'],
    [
      'the headline when it matches the page title',
      'Bridge reopens after repair',
      'Daily Fixture',
      'Bridge reopens after repair | Daily Fixture',
      'Bridge reopens after repair',
    ],
    [
      'the name when only it matches',
      'matrix equal to its conjugate-transpose',
      'Hermitian matrix',
      'Hermitian matrix - Wikipedia',
      'Hermitian matrix',
    ],
  ])('picks %s', (_name, headline, name, visible, expected) => {
    expect(pickJsonLdHeadline(headline, name, visible)).toBe(expected);
  });
});
