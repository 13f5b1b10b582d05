import { describe, expect, it } from 'vitest';
import { classifyPageLink, classifySocialLink } from '../../../lib/publishers/link-kinds';
import { MAX_ANCHORS, readPageLinks } from '../../../lib/publishers/page-links';
import { buildPage } from './helpers';

describe('classifyPageLink', () => {
  it.each([
    ['About us', '/x', 'about'],
    ['About Aravia Focus', '/x', 'about'],
    ['About the author', '/x', null],
    ['', '/about-us/', 'about'],
    ['Contact the newsroom', '/x', 'contact'],
    ['', '/info/contact.html', 'contact'],
    ['Meet the team', '/x', 'masthead'],
    ['Impressum', '/x', 'masthead'],
    ['', '/masthead', 'masthead'],
    ['Editorial standards', '/x', 'ethics'],
    ['', '/code-of-ethics', 'ethics'],
    ['Corrections policy', '/x', 'corrections'],
    ['Report an error', '/x', 'corrections'],
    ['Who funds us', '/x', 'ownership'],
    ['', '/transparency', 'ownership'],
    ['Privacy policy', '/privacy-policy', null],
    ['Terms of use', '/terms', null],
    ['Why the harbour vote matters for the fishing fleet and what comes next', '/news/about', 'about'],
  ])('%j %s -> %s', (text, path, kind) => {
    expect(classifyPageLink(text, new URL(path, 'https://harbourgazette.co.uk/'))).toBe(kind);
  });
});

describe('classifySocialLink', () => {
  it.each([
    ['https://twitter.com/HarbourGazette', { kind: 'twitter', handle: 'HarbourGazette' }],
    ['https://mobile.twitter.com/HarbourGazette', { kind: 'twitter', handle: 'HarbourGazette' }],
    ['https://x.com/AraviaFocus/', { kind: 'twitter', handle: 'AraviaFocus' }],
    ['https://twitter.com/intent/tweet?url=x', null],
    ['https://twitter.com/HarbourGazette/status/123', null],
    ['https://www.facebook.com/harbourgazette', { kind: 'facebook', handle: 'harbourgazette' }],
    ['https://m.facebook.com/sharer.php?u=x', null],
    ['https://www.facebook.com/sharer/sharer.php?u=x', null],
    ['https://www.youtube.com/@AraviaFocus', { kind: 'youtube', handle: 'AraviaFocus' }],
    ['https://www.youtube.com/channel/UC123', { kind: 'youtube', handle: 'UC123' }],
    ['https://www.youtube.com/watch?v=abc', null],
    ['https://t.me/araviafocus', { kind: 'telegram', handle: 'araviafocus' }],
    ['https://t.me/share/url?url=x', null],
    ['https://www.instagram.com/harbourgazette/', { kind: 'instagram', handle: 'harbourgazette' }],
    ['https://www.instagram.com/p/Cxyz/', null],
    ['https://www.linkedin.com/company/harbour-gazette/', { kind: 'linkedin', handle: 'harbour-gazette' }],
    ['https://www.linkedin.com/shareArticle?url=x', null],
    ['https://www.tiktok.com/@valleyherald', { kind: 'tiktok', handle: 'valleyherald' }],
    ['https://example.com/HarbourGazette', null],
  ])('%s', (url, expected) => {
    expect(classifySocialLink(new URL(url))).toEqual(expected);
  });
});

describe('readPageLinks', () => {
  it('reads at most MAX_ANCHORS anchors', () => {
    const filler = '<a href="/news/x">x</a>'.repeat(MAX_ANCHORS + 500);
    const doc = buildPage('', `<footer>${filler}<a href="/about">About</a></footer>`);
    const started = performance.now();
    expect(readPageLinks(doc, 'https://valleyherald.com/').links).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads footers first, so a mega-menu cannot hide them', () => {
    const menu = '<a href="/section/x">Section</a>'.repeat(MAX_ANCHORS + 500);
    const doc = buildPage(
      '',
      `<header><nav>${menu}</nav></header><footer><a href="/contact">Contact</a></footer>`,
    );
    expect(readPageLinks(doc, 'https://valleyherald.com/').links).toEqual([
      { kind: 'contact', url: 'https://valleyherald.com/contact', label: 'Contact' },
    ]);
  });

  it('takes off-site policy pages only from JSON-LD, not from anchors', () => {
    const doc = buildPage('', '<footer><a href="https://other.example/about">About us</a></footer>');
    expect(readPageLinks(doc, 'https://valleyherald.com/').links).toEqual([]);
  });

  it('keeps the first link of each kind', () => {
    const doc = buildPage('', '<nav><a href="/about">About</a><a href="/about-us">About us</a></nav>');
    expect(readPageLinks(doc, 'https://valleyherald.com/').links).toEqual([
      { kind: 'about', url: 'https://valleyherald.com/about', label: 'About' },
    ]);
  });
});
