import { describe, expect, it } from 'vitest';
import { scoreDeclaredType } from '../../../lib/article/detection/declared-type';
import { readJsonLd, typesOf } from '../../../lib/article/json-ld';
import { html, loadFixture } from './load-fixture';

const ld = (json: string): string =>
  `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;

describe('scoreDeclaredType', () => {
  it.each([
    ['NewsArticle', ld('{"@context":"https://schema.org","@type":"NewsArticle"}'), 'json-ld-article'],
    ['@graph', ld('{"@graph":[{"@type":"WebPage"},{"@type":"ReportageNewsArticle"}]}'), 'json-ld-article'],
    ['array of types', ld('[{"@type":["BlogPosting","CreativeWork"]}]'), 'json-ld-article'],
    ['CDATA-wrapped', ld('<![CDATA[{"@type":"OpinionNewsArticle"}]]>'), 'json-ld-article'],
    [
      'og:type article',
      '<html><head><meta property="og:type" content="article"></head></html>',
      'og-type-article',
    ],
    [
      'microdata',
      '<html><body><div itemscope itemtype="https://schema.org/NewsArticle"></div></body></html>',
      'microdata-article',
    ],
  ])('%s counts for an article', (_name, source, signal) => {
    const declared = scoreDeclaredType(html(source));
    expect(declared.signals).toContain(signal);
    expect(declared.score).toBeGreaterThan(0);
  });

  it.each([
    ['VideoObject', ld('{"@type":"VideoObject"}'), 'json-ld-non-article'],
    ['Product', ld('{"@type":"Product"}'), 'json-ld-non-article'],
    ['DiscussionForumPosting', ld('{"@type":"DiscussionForumPosting"}'), 'json-ld-non-article'],
    ['a list of articles', loadFixture('article-list-json-ld.html'), 'json-ld-non-article'],
    [
      'og:type video',
      '<html><head><meta property="og:type" content="video.other"></head></html>',
      'og-type-media',
    ],
    [
      'og:type website',
      '<html><head><meta property="og:type" content="website"></head></html>',
      'og-type-website',
    ],
  ])('%s counts against an article', (_name, source, signal) => {
    const declared = scoreDeclaredType(typeof source === 'string' ? html(source) : source);
    expect(declared.signals).toContain(signal);
    expect(declared.score).toBeLessThan(0);
  });

  it('reads four or more article entities as a list of teasers', () => {
    const items = Array.from({ length: 4 }, (_, i) => `{"@type":"NewsArticle","headline":"${i}"}`).join(',');
    expect(scoreDeclaredType(html(ld(`[${items}]`))).signals).toContain('json-ld-article-list');
  });

  it('ignores broken JSON-LD blocks but reads the others', () => {
    const doc = html(`<html><head><script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script></head></html>`);
    expect(readJsonLd(doc).flatMap(typesOf)).toEqual(['newsarticle']);
  });
});
