import { describe, expect, it } from 'vitest';
import { cleanAuthorNames, readAuthors } from '../../../lib/article/metadata/authors';
import { readMetaTags } from '../../../lib/article/metadata/meta-tags';
import { html, loadFixture } from './load-fixture';

describe('cleanAuthorNames', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan']],
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe & Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe']],
    [
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    ],
    ['Written by Rob Ewaschuk Edited by Betsy Beyer', ['Rob Ewaschuk']],
    ['Por María López y José Pérez', ['María López', 'José Pérez']],
    ['Daniel Y. Kim', ['Daniel Y. Kim']],
    ['https://www.facebook.com/somepage', []],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', []],
    ['By', []],
    ['Naomi Larsson On Assignment For HuffPost', ['Naomi Larsson']],
    ['Tom Krisher, AP Auto Writer', ['Tom Krisher']],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanAuthorNames(raw)).toEqual(expected);
  });
});

describe('readAuthors', () => {
  it.each([
    ['JSON-LD people', 'news-article-json-ld.html', ['Ada Lovelace', 'Grace Hopper'], 'json-ld'],
    ['meta author without "By" and the site name', 'article-og-meta.html', ['Jane Doe'], 'meta:author'],
    ['microdata author in the page', 'article-microdata.html', ['Marie Curie'], 'byline'],
    ['a visible byline', 'metadata-dateline.html', ['Katherine Johnson'], 'byline'],
  ])('%s', (_name, file, authors, source) => {
    const doc = loadFixture(file);
    const result = readAuthors(
      doc,
      readMetaTags(doc),
      file.includes('json-ld') ? ['Ada Lovelace', 'Grace Hopper'] : [],
      ['Riverside Post'],
    );
    expect(result).toEqual({ authors, source });
  });

  it('keeps the site as author when it is the only one', () => {
    const doc = html('<html><head><meta name="author" content="BBC News"></head></html>');
    expect(readAuthors(doc, readMetaTags(doc), [], ['BBC News']).authors).toEqual(['BBC News']);
  });

  it('cuts the site name glued to a name', () => {
    const doc = html('<html><head><meta name="author" content="Dhruti Shah BBC News"></head></html>');
    expect(readAuthors(doc, readMetaTags(doc), [], ['BBC News']).authors).toEqual(['Dhruti Shah']);
  });

  it('keeps a publication named with "&" whole', () => {
    const doc = html('<html><head><meta name="author" content="Mac & i"></head></html>');
    expect(readAuthors(doc, readMetaTags(doc), [], ['Mac & i']).authors).toEqual(['Mac & i']);
  });

  it('skips bylines in comments and prefers the one near the headline', () => {
    const doc = html(
      '<div class="comments"><span class="author">S Sky</span></div><div><h1>T</h1><div class="author-name">Nataliya Vasilyeva</div></div>',
    );
    expect(readAuthors(doc, readMetaTags(doc), [], []).authors).toEqual(['Nataliya Vasilyeva']);
  });
});
