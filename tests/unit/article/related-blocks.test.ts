import { describe, expect, it } from 'vitest';
import { removeRelatedBlocks } from '../../../lib/article/body/related-blocks';
import { serializeParagraphs } from '../../../lib/article/body/serialize';
import { html } from './load-fixture';

const story = '<p>Story text, with a comma, that is clearly prose.</p>';
const after = '<p>More story text after the block.</p>';

function clean(body: string): string[] {
  const root = html(`<div id="root">${body}</div>`).getElementById('root')!;
  removeRelatedBlocks(root);
  return serializeParagraphs(root);
}

describe('removeRelatedBlocks', () => {
  it.each([
    ['Related', '<h3>Related</h3><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>'],
    [
      'You might also like',
      '<p>You might also like...</p><p><a href="/1">One story</a></p><p><a href="/2">Another</a></p>',
    ],
    ['Latest news', '<div><h3>Latest news</h3><a href="/1">One</a> <a href="/2">Two</a></div>'],
    ['Must read', '<h4>Must read</h4><p><a href="/3">The night trains are back</a></p>'],
    ["Don't miss", "<h3>DON'T MISS</h3><div><a href='/4'>Storm latest [VIDEO]</a></div>"],
    ['a list of links', '<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>'],
    ['a shouted link teaser', '<p><a href="/5">SPICER ELIMINATED FROM DANCE SHOW</a></p>'],
    [
      'a figure with caption',
      '<figure><img src="a.jpg"><figcaption>The barrier at dusk.</figcaption></figure>',
    ],
  ])('removes %s', (_name, block) => {
    expect(clean(story + block + after)).toEqual([
      'Story text, with a comma, that is clearly prose.',
      'More story text after the block.',
    ]);
  });

  it.each([
    [
      'a heading followed by prose',
      '<h2>Highlights</h2><ul><li>A point with <a href="/x">one link</a> in a sentence.</li></ul>',
    ],
    [
      'a list with some links in prose',
      '<ul><li>Fixed a bug in <a href="/b">bug 1</a>, which crashed tabs</li></ul>',
    ],
  ])('keeps %s', (_name, block) => {
    expect(clean(story + block + after).length).toBeGreaterThan(2);
  });
});
