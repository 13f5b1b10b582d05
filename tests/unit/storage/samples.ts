import type { Note, PageRecord } from '../../../lib/storage/records';
import type { PageContext } from '../../../lib/models/page-context';

/** A note with edge-case text (emoji, RTL, markup-looking text). */
export function sampleNote(i: number, pageKey = 'https://example.com/a'): Note {
  const texts = ['plain note', '🙂 emoji ✓', 'עברית RTL', '<img src=x onerror=alert(1)>', ''];
  return {
    id: `note-${i}`,
    pageKey,
    text: `${texts[i % texts.length]} #${i}`,
    createdAtMs: 1_000 + i,
    updatedAtMs: 2_000 + i,
  };
}

/** A minimal article context. */
export function sampleContext(url: string, overrides: Partial<PageContext> = {}): PageContext {
  return {
    url,
    isArticle: true,
    article: {
      title: 'A title',
      byline: null,
      authors: [],
      publishedTime: null,
      modifiedTime: null,
      siteName: 'Example',
      lang: 'en',
      canonicalUrl: null,
      section: null,
      text: 'The Senate passed the bill by 92 votes to 6.',
    },
    publisher: { name: 'Example', domain: 'example.com' },
    organizations: [],
    claims: [],
    ...overrides,
  };
}

/** A stored page record. */
export function samplePage(url: string): PageRecord {
  return {
    pageKey: url,
    urls: [url],
    publisherDomain: 'example.com',
    context: sampleContext(url),
    contentHash: 'abc',
    firstSeenAtMs: 1,
    lastSeenAtMs: 2,
    visits: 1,
  };
}
