import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/article/detect';
import { checkDomLimits } from '../../../lib/article/dom-limits';
import { extractArticle } from '../../../lib/article/extract';
import { html, loadFixture } from './load-fixture';

const URL = 'https://news.example.com/2024/03/16/a-long-article-slug-here';

function deepDocument(depth: number): Document {
  const doc = html('');
  let node: Element = doc.body;
  for (let i = 0; i < depth; i++) node = node.appendChild(doc.createElement('div'));
  node.textContent = 'Deep text, with a comma. '.repeat(40);
  return doc;
}

function withoutRoot(): Document {
  const doc = html('<p>x</p>');
  doc.documentElement.remove();
  return doc;
}

/** Inline, not a fixture file: Prettier cannot parse a frameset page. */
function framesetDocument(): Document {
  return html(
    '<html><head><title>Framed</title></head><frameset cols="25%,75%"><frame src="menu.html"><frame src="story.html"></frameset></html>',
  );
}

const sentence = 'A paragraph of prose, long enough to look like part of an article body, repeated. ';

const pages: [string, () => Document, string | null][] = [
  ['no documentElement', withoutRoot, 'no-document-element'],
  ['100,000-deep nesting', () => deepDocument(100_000), 'too-deep'],
  ['50,000 elements', () => html(`<p>${sentence}</p>`.repeat(50_000)), 'too-many-elements'],
  [
    'one 5 MB text node',
    () => html(`<article><p>${'word, '.repeat(850_000)}</p></article>`),
    'too-much-text',
  ],
  ['a frameset', framesetDocument, 'frameset'],
];

describe('hostile and degenerate pages', () => {
  it.each(pages)('%s: detection ends in a verdict, quickly', (_name, build) => {
    const doc = build();
    const t0 = performance.now();
    const detection = detectArticle(doc, URL);
    expect(typeof detection.isArticle).toBe('boolean');
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it.each(pages)('%s: extraction refuses with null (%s)', (_name, build, reason) => {
    const doc = build();
    expect(checkDomLimits(doc)).toBe(reason);
    expect(extractArticle(doc, URL)).toBeNull();
  });

  it('an XHTML document is read, not thrown on', () => {
    const doc = loadFixture('xhtml-article.xhtml');
    expect(detectArticle(doc, URL).isArticle).toBe(true);
    expect(() => extractArticle(doc, URL)).not.toThrow();
  });

  it.each([
    ['no frameset in a normal page', () => loadFixture('news-article-json-ld.html')],
    ['a 300-deep page', () => deepDocument(300)],
  ])('%s is within the limits', (_name, build) => {
    expect(checkDomLimits(build())).toBeNull();
  });
});
