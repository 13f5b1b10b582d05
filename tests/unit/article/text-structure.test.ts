import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { measureTextStructure } from '../../../lib/article/detection/text-structure';
import { html, loadFixture } from './load-fixture';

const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) =>
    `Paragraph ${i} of running prose, with a comma or two, long enough to count, `.repeat(3),
  ).join('');
const paragraphs = (n: number, attrs = ''): string =>
  Array.from({ length: n }, (_, i) => `<p ${attrs}>${prose(1)} (${i})</p>`).join('');

describe('readerable (port of isProbablyReaderable)', () => {
  it.each([
    ['visible paragraphs', paragraphs(4)],
    ['too little text', '<p>Short.</p><p>Also short.</p>'],
    ['hidden paragraphs', paragraphs(4, 'style="display: none"')],
    ['hidden attribute', paragraphs(4, 'hidden')],
    ['aria-hidden', paragraphs(4, 'aria-hidden="true"')],
    ['unlikely class', paragraphs(4, 'class="sidebar"')],
    ['unlikely but maybe a candidate', paragraphs(4, 'class="sidebar-content"')],
    [
      'paragraphs in list items',
      `<ul>${paragraphs(4).replace(/<p /g, '<li><p ').replace(/<\/p>/g, '</p></li>')}</ul>`,
    ],
    ['text split by br', `<div>${prose(1)}<br>${prose(1)}<br>${prose(1)}</div>`],
    ['one long article element', `<article>${prose(3)}</article>`],
  ])('agrees with Readability on %s', (_name, body) => {
    const doc = html(body);
    expect(measureTextStructure(doc).readerable).toBe(isProbablyReaderable(doc));
  });

  it.each([
    'news-article-json-ld.html',
    'article-structure-only.html',
    'section-front.html',
    'gallery.html',
    'forum-thread.html',
    'product-page.html',
  ])('agrees with Readability on fixture %s', (file) => {
    const doc = loadFixture(file);
    expect(measureTextStructure(doc).readerable).toBe(isProbablyReaderable(doc));
  });
});

describe('dominant prose block', () => {
  it.each([
    ['an article body', 'article-structure-only.html', 20, Infinity],
    ['a teaser list (linked snippets)', 'section-front.html', 0, 8],
    ['a gallery (captions only)', 'gallery.html', 0, 2],
  ])('scores %s in range', (_name, file, min, max) => {
    const { bestBlockScore } = measureTextStructure(loadFixture(file));
    expect(bestBlockScore).toBeGreaterThanOrEqual(min);
    expect(bestBlockScore).toBeLessThan(max);
  });

  it('counts div paragraphs, not only <p>', () => {
    const divs = Array.from({ length: 5 }, () => `<div class="para">${prose(1)}</div>`).join('');
    expect(measureTextStructure(html(`<div id="story">${divs}</div>`)).bestBlockScore).toBeGreaterThan(20);
  });

  it('does not count prose inside links, list items, nav or footer', () => {
    const inLinks = Array.from({ length: 5 }, () => `<a href="/x"><p>${prose(1)}</p></a>`).join('');
    const inFooter = `<footer>${paragraphs(5)}</footer>`;
    expect(measureTextStructure(html(inLinks + inFooter)).bestBlockScore).toBe(0);
  });

  it.each([
    ['headline with byline', '<h1>Title</h1><p class="byline">By A. Writer</p>', true],
    ['headline with time', '<div><h1>Title</h1><time datetime="2020-01-01">1 Jan</time></div>', true],
    ['headline alone', '<h1>Title</h1><p>Text</p>', false],
    ['many headlines', '<h1>A</h1><h1>B</h1><h1>C</h1><time datetime="2020-01-01">x</time>', false],
  ])('%s', (_name, body, expected) => {
    expect(measureTextStructure(html(body)).hasHeadlineAndByline).toBe(expected);
  });
});
