import { describe, expect, it } from 'vitest';
import { declaredSiteNames, dropTagline, readSiteName } from '../../../lib/article/metadata/site-name';
import { readMetaTags } from '../../../lib/article/metadata/meta-tags';
import { html } from './load-fixture';

const URL = 'https://www.riverside.example.co.uk/news/a';

describe('readSiteName', () => {
  it.each([
    [
      'og:site_name',
      '<meta property="og:site_name" content="Riverside Post">',
      null,
      null,
      ['Riverside Post', 'og:site_name'],
    ],
    ['JSON-LD publisher', '', 'Riverside Media', null, ['Riverside Media', 'json-ld-publisher']],
    [
      'application-name',
      '<meta name="application-name" content="Riverside">',
      null,
      null,
      ['Riverside', 'meta:application-name'],
    ],
    ['the title affix', '', null, 'Riverside Post', ['Riverside Post', 'title-affix']],
    ['the domain', '', null, null, ['example.co.uk', 'domain']],
  ])('from %s', (_name, head, publisher, affix, [name, source]) => {
    const doc = html(`<html><head>${head}</head><body></body></html>`);
    expect(readSiteName(declaredSiteNames(readMetaTags(doc), publisher), affix, URL)).toEqual({
      name,
      source,
    });
  });

  it('never names a bare host', () => {
    expect(readSiteName([], null, 'http://fakehost/test/page.html')).toEqual({ name: null, source: null });
  });

  it.each([
    ['Aktuálně.cz - Víte, co se právě děje', ['Aktuálně.cz'], 'Aktuálně.cz'],
    ['Yahoo News - Latest News & Headlines', [], 'Yahoo News'],
    ['The Daily Fixture', [], 'The Daily Fixture'],
  ])('drops the tagline of %j', (name, others, expected) => {
    expect(dropTagline(name, others)).toBe(expected);
  });
});
