import type { Clipping, Note, PageRecord } from '../../../lib/storage/records';
import type { PageContext } from '../../../lib/models/page-context';

/** A clipping on `pageKey` with hostile-looking and multilingual text in rotation. */
export function makeClipping(i: number, overrides: Partial<Clipping> = {}): Clipping {
  const quotes = [
    'The Senate passed the sanctions bill by 92 votes to 6.',
    'Protests spread to twelve provinces, activists say.',
    '<img src=x onerror=alert(1)> was posted in the comments',
    'Société Générale said the funds were frozen.',
    '=HYPERLINK("http://evil.example") looks like a formula, "quoted", with, commas',
  ];
  const pageKey = overrides.pageKey ?? `https://news.example.com/story-${i % 3}`;
  return {
    id: `clip-${i}`,
    pageKey,
    pageUrl: pageKey,
    canonicalUrl: null,
    title: `Story ${i % 3}`,
    publisherDomain: 'example.com',
    publisherName: 'Example News',
    quote: { exact: quotes[i % quotes.length]!, prefix: 'before the ', suffix: ' after it' },
    position: { start: i * 10, end: i * 10 + 5 },
    textHash: 'abc123',
    note: i % 2 ? `note ${i} about funding` : '',
    tags: i % 3 ? ['iran', `t${i % 4}`] : [],
    createdAtMs: 1_700_000_000_000 + i * 60_000,
    updatedAtMs: 1_700_000_000_000 + i * 60_000 + 1,
    ...overrides,
  };
}

/** A page note. */
export function makeNote(i: number, pageKey = 'https://news.example.com/story-0'): Note {
  return {
    id: `note-${i}`,
    pageKey,
    text: `page note ${i} on ownership`,
    createdAtMs: 1_600_000_000_000 + i,
    updatedAtMs: 1_600_000_000_100 + i,
  };
}

/** A stored article naming organizations. */
export function makePage(
  pageKey: string,
  organizations: { name: string; aliases: string[] }[] = [],
): PageRecord {
  const context: PageContext = {
    url: pageKey,
    isArticle: true,
    article: {
      title: `Article at ${pageKey.split('/').pop()}`,
      byline: 'By Jane Doe',
      authors: ['Jane Doe'],
      publishedTime: '2024-03-05T10:00:00Z',
      modifiedTime: null,
      siteName: 'Example News',
      lang: 'en',
      canonicalUrl: pageKey,
      section: null,
      text: 'The Senate passed the sanctions bill by 92 votes to 6.',
    },
    publisher: { name: 'Example News', domain: 'example.com' },
    organizations: organizations.map((o) => ({ ...o, mentions: 2 })),
    claims: [
      {
        text: 'The Senate passed the bill by 92 votes to 6.',
        checkworthy: true,
        score: 0.9,
        kind: 'quantity',
        speaker: null,
      },
    ],
  };
  return {
    pageKey,
    urls: [pageKey],
    publisherDomain: 'example.com',
    context,
    contentHash: 'h',
    firstSeenAtMs: 1,
    lastSeenAtMs: 2,
    visits: 1,
  };
}
