import { describe, expect, it } from 'vitest';
import { readPublisher } from '../../../lib/publishers/from-page';
import { PublisherSchema } from '../../../lib/models/page-context';
import { readFixturePage } from './helpers';

const CASES = [
  {
    page: 'full-json-ld.html',
    url: 'https://www.harbourgazette.co.uk/news/2024/03/harbour-dredging-plan',
    name: 'The Harbour Gazette',
    nameSource: 'json-ld',
    domain: 'harbourgazette.co.uk',
    logo: 'https://static.harbourgazette.co.uk/brand/logo-512.png',
    links: {
      masthead: 'https://www.harbourgazette.co.uk/about/who-we-are/newsroom',
      ethics: 'https://www.harbourgazette.co.uk/about/editorial-code',
      corrections: 'https://www.harbourgazette.co.uk/about/putting-things-right',
      ownership: 'https://www.harbourgazette.co.uk/about/ownership',
      about: 'https://www.harbourgazette.co.uk/about-us',
      contact: 'https://www.harbourgazette.co.uk/contact',
      twitter: 'https://twitter.com/HarbourGazette',
      facebook: 'https://www.facebook.com/harbourgazette',
      youtube: 'https://www.youtube.com/@HarbourGazette',
      instagram: 'https://www.instagram.com/harbourgazette/',
      linkedin: 'https://www.linkedin.com/company/harbour-gazette/',
    },
    sameAs: ['https://en.wikipedia.org/wiki/The_Harbour_Gazette', 'https://www.wikidata.org/wiki/Q99990001'],
    hasPersonalByline: true,
  },
  {
    page: 'og-site-name-only.html',
    url: 'https://m.valleyherald.com/local/road-closures.html?utm_source=x',
    name: 'Valley Herald',
    nameSource: 'og:site_name',
    domain: 'valleyherald.com',
    logo: 'https://m.valleyherald.com/icons/touch-180.png',
    links: {
      about: 'https://m.valleyherald.com/about-us.html',
      contact: 'https://m.valleyherald.com/contact',
      twitter: 'https://twitter.com/ValleyHerald',
    },
    sameAs: [],
    hasPersonalByline: false,
  },
  {
    page: 'advocacy-site-author.html',
    url: 'https://www.aravia-focus.org/news/exiled-opposition-geneva/',
    name: 'Aravia Focus',
    nameSource: 'json-ld',
    domain: 'aravia-focus.org',
    logo: 'https://www.aravia-focus.org/wp-content/uploads/logo.png',
    links: {
      about: 'https://www.aravia-focus.org/about-us/',
      contact: 'https://www.aravia-focus.org/contact-us/',
      telegram: 'https://t.me/araviafocus',
      twitter: 'https://x.com/AraviaFocus',
      youtube: 'https://www.youtube.com/@AraviaFocus',
    },
    sameAs: [],
    hasPersonalByline: false,
  },
];

describe('readPublisher on fixture pages', () => {
  it.each(CASES)('$page', (c) => {
    const publisher = readPublisher(readFixturePage(c.page), c.url, null);
    expect(publisher.name).toBe(c.name);
    expect(publisher.nameSource).toBe(c.nameSource);
    expect(publisher.domain).toBe(c.domain);
    expect(publisher.logo).toBe(c.logo);
    expect(Object.fromEntries((publisher.links ?? []).map((l) => [l.kind, l.url]))).toEqual(c.links);
    for (const link of c.sameAs) expect(publisher.sameAs).toContain(link);
    expect(publisher.hasPersonalByline).toBe(c.hasPersonalByline);
    expect(PublisherSchema.safeParse(publisher).success).toBe(true);
  });

  it('never keeps privacy pages, share buttons or accounts named in the article body', () => {
    const publisher = readPublisher(readFixturePage('full-json-ld.html'), CASES[0]!.url, null);
    const urls = (publisher.links ?? []).map((l) => l.url).join(' ');
    expect(urls).not.toMatch(/privacy|sharer|intent|HarbourUsers|javascript/);
  });

  it('takes the authors list when given: the site name as author is not a personal byline', () => {
    const doc = readFixturePage('og-site-name-only.html');
    const url = 'https://valleyherald.com/local/a';
    expect(readPublisher(doc, url, null, ['Valley Herald']).hasPersonalByline).toBe(false);
    expect(readPublisher(doc, url, null, ['Staff', 'Rosa Delgado']).hasPersonalByline).toBe(true);
    expect(readPublisher(doc, url, null, []).hasPersonalByline).toBe(false);
  });

  it('keeps the article site name as a fallback below og:site_name', () => {
    const doc = readFixturePage('og-site-name-only.html');
    expect(readPublisher(doc, 'https://valleyherald.com/', 'The Valley Herald Online').name).toBe(
      'Valley Herald',
    );
  });

  it.each([
    ['https://www.aravia-focus.org/a', 'aravia-focus.org'],
    ['https://m.aravia-focus.org/a', 'aravia-focus.org'],
    ['https://amp.aravia-focus.org/a', 'aravia-focus.org'],
  ])('keys %s by %s', (url, domain) => {
    expect(readPublisher(readFixturePage('advocacy-site-author.html'), url, null).domain).toBe(domain);
  });
});
