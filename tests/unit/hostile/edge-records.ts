/**
 * Edge-case records for storage tests (issue 11, tests 9-11): emoji (ZWJ sequences, flags), RTL
 * and bidi overrides, lone surrogates, NUL, markup-looking text, 100 KB notes, keys such as
 * `__proto__` and `constructor`, the longest allowed ids and URLs, and every optional field left
 * out. Deterministic (record `i` is always the same), and each is valid under its schema.
 */
import type { PageContext } from '../../../lib/models/page-context';
import { createProfile, type PublisherProfile } from '../../../lib/publishers/profile';
import type { Clipping, Note, PageRecord } from '../../../lib/storage/records';

const TEXTS = [
  'plain',
  '👩‍👩‍👧‍👦 🇮🇷 🏳️‍🌈 emoji',
  'עברית RTL \u202eevil\u202c',
  'العربية مع أرقام ١٢٣',
  '<img src=x onerror=alert(1)><script>1</script>',
  'lone \ud800 surrogate and NUL \u0000',
  '',
  'İstanbul ǅ ß ﬁ combining é',
];
const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '🙂', 'עברית', ' ', 'x'.repeat(64)];

export const text = (i: number): string => `${TEXTS[i % TEXTS.length]} #${i}`;
/** An id, sometimes one of the awkward ones (unique per i). */
export const recordId = (i: number): string =>
  i < KEYS.length ? KEYS[i]! : `id-${i}-${TEXTS[i % 3]}`.slice(0, 64);
/** A page key, sometimes very long or internationalised. */
export const pageKeyOf = (i: number): string =>
  i % 97 === 0
    ? `https://example.com/${'a'.repeat(8_000)}/${i}`
    : `https://例え.テスト/${i % 50}/記事?q=${i}`;

function context(url: string, i: number): PageContext {
  const full = i % 2 === 0;
  return {
    url,
    isArticle: true,
    article: {
      title: text(i),
      byline: full ? text(i + 1) : null,
      authors: full ? [text(i + 2)] : [],
      publishedTime: null,
      modifiedTime: null,
      siteName: null,
      lang: full ? 'he' : null,
      canonicalUrl: null,
      section: null,
      text: `${text(i)} The Senate passed the bill. `.repeat(1 + (i % 5)),
      // Optional fields present only on half the records.
      ...(full ? { description: text(i), keywords: [text(i)], kind: 'news', sources: { title: 'og' } } : {}),
    },
    publisher: full ? { name: text(i), domain: `d${i % 30}.example` } : { name: null, domain: '' },
    organizations: [],
    claims: [],
  };
}

export function edgePage(i: number): PageRecord {
  const pageKey = pageKeyOf(i) + `#page-${i}`;
  return {
    pageKey,
    urls: [pageKey],
    publisherDomain: `d${i % 30}.example`,
    context: context(pageKey, i),
    contentHash: `h${i}`,
    firstSeenAtMs: i,
    lastSeenAtMs: i + 1,
    visits: 1 + (i % 3),
  };
}

export function edgeNote(i: number): Note {
  const big = i % 250 === 0; // a few 100 KB notes
  return {
    id: recordId(i),
    pageKey: pageKeyOf(i),
    text: big ? '🙂'.repeat(50_000) : text(i),
    createdAtMs: 1_000 + i,
    updatedAtMs: 2_000 + i,
  };
}

export function edgeClipping(i: number): Clipping {
  const exact = text(i) || 'x';
  return {
    id: recordId(i),
    pageKey: pageKeyOf(i),
    pageUrl: pageKeyOf(i),
    canonicalUrl: i % 2 ? null : pageKeyOf(i),
    title: text(i + 3),
    publisherDomain: `d${i % 30}.example`,
    publisherName: i % 3 ? null : text(i),
    quote: { exact, prefix: text(i + 1).slice(0, 200), suffix: '' },
    position: i % 2 ? null : { start: i, end: i + exact.length },
    textHash: `h${i}`,
    note: i % 500 === 0 ? 'עברית '.repeat(16_000) : text(i + 4),
    tags: i % 4 ? [] : [text(i).slice(0, 64) || 'tag', '🙂'],
    createdAtMs: 10 + i,
    updatedAtMs: 20 + i,
  };
}

export function edgeProfile(i: number): PublisherProfile {
  const profile = createProfile(`p${i}.例え.example`, i);
  if (i % 2) return profile; // every optional part left empty
  const reader = { text: text(i), source: 'reader' as const, updatedAtMs: i };
  const affiliations = [{ organization: text(i) || 'NATO', source: 'reader' as const, addedAtMs: i }];
  return { ...profile, name: reader, notes: reader, affiliations };
}

/** `count` records of each of the four stores. */
export function edgeRecords(count: number) {
  const range = Array.from({ length: count }, (_, i) => i);
  return {
    pages: range.map(edgePage),
    notes: range.map(edgeNote),
    clippings: range.map(edgeClipping),
    publishers: range.map(edgeProfile),
  };
}
