/**
 * The pieces hostile documents are made of (html-arbitrary.ts): any Unicode text, some of it
 * just past the schema caps, news-like prose, attributes a page may lie with, and JSON-LD that is
 * broken or carries `__proto__` / `constructor` keys.
 */
import fc from 'fast-check';

const WORDS = ['The', 'Senate', 'said', 'that', 'the', 'People’s Mojahedin Organization of Iran']
  .concat(['(PMOI/MEK)', 'United Nations', 'NATO', 'Reuters', 'reported', '42%', '$3.5 billion'])
  .concat(['will', 'rise', 'because', 'according to', '«', '»', '“', '”', 'שלום', 'مرحبا', '🙂'])
  .concat(['Dr.', 'U.S.', 'e.g.', 'Inc.', '—', '\u202e', '\u200b', '\ufeff', 'İstanbul', 'ǅ']);

/** Just past the schema caps (2,000 for names and titles, 8,192 for URLs): caps must hold. */
const oversize = fc
  .tuple(fc.constantFrom(2_001, 8_193), fc.constantFrom('x', 'é', '🙂', 'a '))
  .map(([n, unit]) => unit.repeat(n));
export const anyText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 5, arbitrary: fc.string({ maxLength }) },
    { weight: 1, arbitrary: oversize },
  );

export const prose: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 30 }), fc.nat(40))
  .map(([words, repeat]) => `${words.join(' ')}. `.repeat(repeat + 1));

const URLISH = (
  'javascript:alert(1) data:text/html,<b>x</b> //evil.example/x ../a https://example.com/about ' +
  'chrome-extension://abc/popup.html og:title author'
).split(' ');

const attrValue = fc.oneof(
  anyText(40),
  fc.constantFrom(...URLISH),
  fc.constantFrom('article-body', 'byline', 'comment', 'sidebar', 'content', 'NewsArticle', 'rtl'),
);
const ATTRS = (
  'class id href src rel name content property itemprop itemtype itemscope datetime lang dir ' +
  'style onload hidden srcset'
).split(' ');
export const attrs: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...ATTRS), attrValue, fc.constantFrom('"', "'", '')), { maxLength: 4 })
  .map((list) => list.map(([n, v, q]) => ` ${n}=${q}${q ? v.replaceAll(q, '') : v}${q}`).join(''));

export const jsonLd: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc
    .record({
      '@context': fc.constant('https://schema.org'),
      '@type': fc.constantFrom('NewsArticle', ['Article', 'WebPage'], 7, null),
      headline: fc.oneof(anyText(200), fc.array(anyText(20), { maxLength: 3 })),
      author: fc.oneof(anyText(60), fc.jsonValue({ maxDepth: 3 })),
      datePublished: fc.oneof(anyText(30), fc.constant('2024-02-30T25:61:00Z')),
      publisher: fc.jsonValue({ maxDepth: 3 }),
    })
    .map(
      (o) =>
        `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},${JSON.stringify(o).slice(1)}`,
    ),
  anyText(200).map((s) => `{"@type":"NewsArticle","headline":"${s}`),
);

const META_NAMES = (
  'og:title og:site_name og:description og:url og:image og:type article:published_time ' +
  'article:modified_time article:section article:author author description keywords ' +
  'twitter:title application-name citation_title parsely-title'
).split(' ');

/** Metadata a page states about itself, with values that may be hostile or oversize. */
export const metaTag: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...META_NAMES), fc.constantFrom('property', 'name'), anyText(300))
    .map(([name, key, value]) => `<meta ${key}="${name}" content="${value.replaceAll('"', '')}">`),
  fc
    .tuple(fc.constantFrom('canonical', 'author', 'publisher', 'alternate'), anyText(300))
    .map(([rel, href]) => `<link rel="${rel}" href="${href.replaceAll('"', '')}">`),
);
