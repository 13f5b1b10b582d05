import { describe, expect, it } from 'vitest';
import { protectEmbeddedPosts } from '../../../lib/article/body/protect-embeds';
import { html } from './load-fixture';

describe('protectEmbeddedPosts', () => {
  it('un-names the wrapper of an embedded post and unlinks its links', () => {
    const doc = html(
      '<div class="social-media-embed" id="e1"><blockquote class="twitter-tweet"><p>Quote <a href="https://t.co/x">t.co/x</a></p>— Name (@name) <a href="https://x">May 1</a></blockquote></div>',
    );
    protectEmbeddedPosts(doc.body);
    const wrapper = doc.body.firstElementChild!;
    expect(wrapper.getAttribute('class') ?? '').toBe('');
    expect(wrapper.querySelectorAll('a').length).toBe(0);
    expect(wrapper.textContent).toBe('Quote t.co/x— Name (@name) May 1');
  });

  it.each([
    ['a plain pull quote', '<div class="social-box"><blockquote>Said someone.</blockquote></div>'],
    [
      'a wrapper with a neutral name',
      '<div class="story"><blockquote class="instagram-media">Post</blockquote></div>',
    ],
  ])('leaves %s named as it was', (_name, source) => {
    const doc = html(source);
    const before = doc.body.firstElementChild!.getAttribute('class');
    protectEmbeddedPosts(doc.body);
    expect(doc.body.firstElementChild!.getAttribute('class')).toBe(before);
  });
});
