import { describe, expect, it } from 'vitest';
import { readPublisherName, readTitleSuffix } from '../../../lib/publishers/publisher-name';
import { buildPage } from './helpers';

describe('readTitleSuffix', () => {
  it.each([
    ['Road closures expected | Valley Herald', 'valleyherald.com', 'Valley Herald'],
    ['Valley Herald - Road closures expected this weekend on Route 9', 'valleyherald.com', 'Valley Herald'],
    ['Aravia: Exiled Opposition Rallies - Aravia Focus', 'aravia-focus.org', 'Aravia Focus'],
    ['Story — The Daily Lantern', 'lantern.example', 'The Daily Lantern'],
    ['A title without a separator', 'valleyherald.com', null],
    ['Story | a suffix that is far too long to be the name of any publisher at all', 'x.example', null],
  ])('%s -> %s', (title, domain, expected) => {
    expect(readTitleSuffix(title, domain)).toBe(expected);
  });
});

describe('readPublisherName', () => {
  const none = { jsonLd: null, website: null, siteName: null };
  it.each([
    [
      'json-ld first',
      '<meta property="og:site_name" content="OG">',
      { ...none, jsonLd: 'LD' },
      'LD',
      'json-ld',
    ],
    ['og:site_name', '<meta property="og:site_name" content=" OG  Name ">', none, 'OG Name', 'og:site_name'],
    ['application-name', '<meta name="application-name" content="App">', none, 'App', 'application-name'],
    ['WebSite name', '', { ...none, website: 'Site' }, 'Site', 'json-ld-website'],
    ['article site name', '', { ...none, siteName: 'Article Site' }, 'Article Site', 'article'],
    ['title suffix', '<title>Story | Valley Herald</title>', none, 'Valley Herald', 'title'],
    ['domain last', '<title>Story</title>', none, 'valleyherald.com', 'domain'],
  ])('%s', (_label, head, stated, name, source) => {
    expect(readPublisherName(buildPage(head), 'valleyherald.com', stated)).toEqual({ name, source });
  });

  it('is null without any name and without a domain', () => {
    expect(readPublisherName(buildPage(''), '', { jsonLd: null, website: null, siteName: null })).toBeNull();
  });
});
