import { describe, expect, it } from 'vitest';
import { isNoiseElement, removeNoiseElements } from '../../../lib/article/body/noise-nodes';
import { html } from './load-fixture';

const long = 'Prose of the article body, which is long enough to be the story itself. '.repeat(12);

describe('isNoiseElement', () => {
  it.each([
    ['share bar', '<div class="share-bar"><a href="#">Facebook</a></div>'],
    ['newsletter box', '<div class="newsletter-signup"><p>Sign up</p></div>'],
    ['related rail', '<section class="related-stories"><a href="/1">One</a></section>'],
    ['caption (camelCase name)', '<span class="imageEmbedCaption">A caption</span>'],
    ['credit', '<span class="photo-credit">Photo: Someone</span>'],
    ['byline', '<p class="byline">By A. Writer</p>'],
    ['ad slot', '<div id="ad-slot-3">Advertisement</div>'],
    ['aside', '<aside><p>Most read</p></aside>'],
    ['nav', '<nav><a href="/">Home</a></nav>'],
    ['hidden', `<div style="display:none">${long}</div>`],
    ['hover card', '<span class="rollover-block">Name, bio and links</span>'],
  ])('%s is boilerplate', (_name, source) => {
    expect(isNoiseElement(html(source).body.firstElementChild!)).toBe(true);
  });

  it.each([
    [
      'a body wrapper with a noisy name but much prose',
      `<div class="article-body social-enabled"><p>${long}</p></div>`,
    ],
    [
      'an embedded post',
      '<div class="social-media-embed"><blockquote class="twitter-tweet">Quoted post</blockquote></div>',
    ],
    [
      'a link wrapped with its hover card',
      '<span class="rollover-people"><a href="/p">Jane Doe</a><span>card</span></span>',
    ],
    ['a plain paragraph', '<p class="story-text">Plain text.</p>'],
    ['a heading word inside a name (head)', '<div class="headline-wrap">Title</div>'],
  ])('%s is kept', (_name, source) => {
    expect(isNoiseElement(html(source).body.firstElementChild!)).toBe(false);
  });

  it('keeps inline words of a paragraph, whatever their class', () => {
    const doc = html('<p>The <span class="related-topic">harbour</span> bridge reopened.</p>');
    expect(isNoiseElement(doc.querySelector('span')!)).toBe(false);
  });

  it('removes only the outermost boilerplate element', () => {
    const doc = html('<div class="related"><div class="share">x</div></div><p>Story</p>');
    expect(removeNoiseElements(doc.body)).toBe(1);
    expect(doc.body.textContent).toBe('Story');
  });
});
