/**
 * Synthetic library data for the bench: a backup file of N clippings over N/20 articles with
 * realistic sizes (25-word quotes, half with notes, a few tags, five organizations an article) and
 * a Zipf-like vocabulary, so searches hit lists of realistic lengths. Seeded: the same N gives
 * the same file.
 */
import { createProfile } from '../../../lib/publishers/profile';
import type { Clipping, PageRecord } from '../../../lib/storage/records';

const SYLLABLES = [
  'ka',
  'ri',
  'mo',
  'sen',
  'ta',
  'lu',
  'ver',
  'dan',
  'pol',
  'ex',
  'nor',
  'vi',
  'sa',
  'tion',
  'ar',
  'mi',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
}

/** The bench's vocabulary: real news words first (frequent), then generated ones (rare). */
export function benchWords(count = 20_000): string[] {
  const common =
    'senate sanctions protest government minister election court police report economy iran rights vote budget'.split(
      ' ',
    );
  const random = rng(7);
  const words = new Set(common);
  while (words.size < count) {
    const n = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

/** A backup (as JSON text) holding `clippings` clippings. */
export function buildBenchBackup(clippings: number): string {
  const random = rng(clippings);
  const words = benchWords();
  const word = (): string => words[Math.floor(random() ** 3 * words.length)]!;
  const phrase = (n: number): string => Array.from({ length: n }, word).join(' ');
  const orgs = Array.from({ length: 200 }, (_, i) => ({
    name: `${phrase(2)} Organization ${i}`,
    aliases: [`ORG${i}`],
    mentions: 2,
  }));
  const articleCount = Math.max(1, Math.round(clippings / 20));
  const pages: PageRecord[] = Array.from({ length: articleCount }, (_, i) => {
    const url = `https://news${i % 50}.example.com/2024/story-${i}`;
    return {
      pageKey: url,
      urls: [url],
      publisherDomain: `news${i % 50}.example.com`,
      contentHash: 'h',
      firstSeenAtMs: 1_700_000_000_000 + i,
      lastSeenAtMs: 1_700_000_000_000 + i,
      visits: 1,
      context: {
        url,
        isArticle: true,
        article: {
          title: phrase(8),
          byline: 'By Jane Doe',
          authors: ['Jane Doe'],
          publishedTime: '2024-03-05T10:00:00Z',
          modifiedTime: null,
          siteName: `News ${i % 50}`,
          lang: 'en',
          canonicalUrl: url,
          section: null,
          text: phrase(250),
        },
        publisher: { name: `News ${i % 50}`, domain: `news${i % 50}.example.com` },
        organizations: Array.from({ length: 5 }, (_, k) => orgs[(i * 7 + k * 13) % orgs.length]!),
        claims: [],
      },
    };
  });
  const list: Clipping[] = Array.from({ length: clippings }, (_, i) => {
    const page = pages[i % articleCount]!;
    const at = 1_700_000_000_000 + i * 60_000;
    return {
      id: `bench-${i.toString(36)}`,
      pageKey: page.pageKey,
      pageUrl: page.pageKey,
      canonicalUrl: null,
      title: page.context.article!.title,
      publisherDomain: page.publisherDomain,
      publisherName: page.context.publisher.name,
      quote: { exact: phrase(25), prefix: phrase(10), suffix: phrase(10) },
      position: { start: i, end: i + 150 },
      textHash: 'abcdef0123',
      note: random() < 0.5 ? phrase(12) : '',
      tags: Array.from({ length: Math.floor(random() * 3) }, () => `tag${Math.floor(random() * 30)}`).filter(
        (t, k, a) => a.indexOf(t) === k,
      ),
      createdAtMs: at,
      updatedAtMs: at,
    };
  });
  const publishers = Array.from({ length: Math.min(50, articleCount) }, (_, i) =>
    createProfile(`news${i}.example.com`, 1),
  );
  return JSON.stringify({
    format: 'source-context-backup',
    version: 1,
    exportedAtMs: 1,
    pages,
    notes: [],
    clippings: list,
    publishers,
  });
}
