import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../lib/article/metadata';
import { loadFixture } from './load-fixture';

describe('readMetadata', () => {
  it('reads every field of a JSON-LD article, with sources', () => {
    const { title, article } = readMetadata(
      loadFixture('news-article-json-ld.html'),
      'https://news.example.com/x',
    );
    expect({ title, ...article }).toEqual({
      title: 'Harbour bridge reopens after two-year repair',
      byline: 'Ada Lovelace, Grace Hopper',
      authors: ['Ada Lovelace', 'Grace Hopper'],
      publishedTime: '2024-03-14T08:30:00+00:00',
      modifiedTime: '2024-03-14T12:05:00+00:00',
      siteName: 'The Daily Fixture',
      lang: 'en-GB',
      canonicalUrl: 'https://news.example.com/local/2024/03/14/harbour-bridge-reopens-after-repair',
      section: 'Local',
      description: 'The harbour bridge carries traffic again after a two-year repair.',
      image: 'https://news.example.com/img/bridge.jpg',
      keywords: ['bridges', 'transport'],
      kind: 'news',
      sources: expect.objectContaining({
        title: 'json-ld',
        authors: 'json-ld',
        siteName: 'json-ld-publisher',
        canonicalUrl: 'rel-canonical',
      }),
    });
  });

  it.each([
    [
      'article-og-meta.html',
      {
        title: 'Council votes to plant ten thousand trees',
        siteName: 'Riverside Post',
        byline: 'Jane Doe',
        section: 'Environment',
      },
    ],
    [
      'metadata-amp.html',
      { title: 'Hafenfest beginnt am Freitag', kind: 'opinion', modifiedTime: null, lang: 'de' },
    ],
    ['metadata-press-release.html', { kind: 'press release', siteName: 'Fixture Ltd Newsroom' }],
  ])('reads %s', (file, expected) => {
    const { title, article } = readMetadata(loadFixture(file), 'https://news.example.com/x');
    expect({ title, ...article }).toEqual(expect.objectContaining(expected));
  });
});
