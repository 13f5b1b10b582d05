import { describe, expect, it } from 'vitest';
import { readMetaTags } from '../../../lib/article/metadata/meta-tags';
import {
  absoluteHttpUrl,
  readCanonicalUrl,
  readImage,
  readKeywords,
  readLang,
} from '../../../lib/article/metadata/page-facts';
import { html, loadFixture } from './load-fixture';

const URL = 'https://news.example.com/a/b.html';

describe('page facts', () => {
  it.each([
    ['<html lang>', '<html lang="en-GB"><head></head></html>', 'en-GB', 'html-lang'],
    [
      'content-language',
      '<html><head><meta http-equiv="content-language" content="de-AT"></head></html>',
      'de-AT',
      'content-language',
    ],
    [
      'og:locale',
      '<html><head><meta property="og:locale" content="pt_BR"></head></html>',
      'pt-BR',
      'og:locale',
    ],
  ])('language from %s', (_name, source, value, from) => {
    const doc = html(source);
    expect(readLang(doc, readMetaTags(doc), null)).toEqual({ value, source: from });
  });

  it.each([
    [
      'rel=canonical of an AMP page',
      loadFixture('metadata-amp.html'),
      'https://www.example.de/stadt/hafenfest-beginnt-am-freitag.html',
      'rel-canonical',
    ],
    [
      'og:url',
      loadFixture('article-og-meta.html'),
      'https://riverside.example.org/news/council-votes-to-plant-ten-thousand-trees',
      'og:url',
    ],
    [
      'a relative canonical',
      html('<html><head><link rel="canonical" href="/a/c.html"></head></html>'),
      'https://news.example.com/a/c.html',
      'rel-canonical',
    ],
    [
      'a javascript: canonical (refused)',
      html('<html><head><link rel="canonical" href="javascript:alert(1)"></head></html>'),
      null,
      null,
    ],
  ])('canonical URL from %s', (_name, doc, value, source) => {
    expect(readCanonicalUrl(doc, readMetaTags(doc), URL)).toEqual({ value, source });
  });

  it('makes image URLs absolute', () => {
    const doc = loadFixture('article-og-meta.html');
    expect(readImage(readMetaTags(doc), null, URL).value).toBe('https://news.example.com/images/trees.jpg');
    expect(absoluteHttpUrl('data:image/png;base64,xx', URL)).toBeNull();
  });

  it('merges keywords and tags without duplicates or "null"', () => {
    const doc = html(
      '<html><head><meta name="keywords" content="Trees, council,null"><meta property="article:tag" content="trees"></head></html>',
    );
    expect(readKeywords(readMetaTags(doc), ['Parks']).value).toEqual(['Parks', 'Trees', 'council']);
  });
});
