import { describe, expect, it } from 'vitest';
import { pageKeysOf, toPageKey, toSafeHttpUrl } from '../../lib/urls';

describe('toSafeHttpUrl', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['  http://example.com ', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['chrome-extension://abc/popup.html', null],
    ['/relative/path', null],
    [42, null],
  ])('%s -> %s', (raw, expected) => {
    expect(toSafeHttpUrl(raw)).toBe(expected);
  });
});

describe('toPageKey folds one article seen under several URLs', () => {
  it.each([
    ['https://www.example.com/news/story?utm_source=x&fbclid=1#top', 'https://example.com/news/story'],
    ['http://m.example.com/news/story/', 'https://example.com/news/story'],
    ['https://amp.example.com/news/story/amp', 'https://example.com/news/story'],
    ['https://example.com/news/story.amp.html', 'https://example.com/news/story.html'],
    ['https://example.com/news?id=7&b=2', 'https://example.com/news?b=2&id=7'],
    ['https://example.com/', 'https://example.com/'],
  ])('%s -> %s', (raw, expected) => {
    expect(toPageKey(raw)).toBe(expected);
  });

  it('keeps the canonical URL as a second key, and ignores non-http canonicals', () => {
    expect(pageKeysOf('https://example.com/a?utm_medium=x', 'https://example.com/b')).toEqual([
      'https://example.com/a',
      'https://example.com/b',
    ]);
    expect(pageKeysOf('https://example.com/a', 'javascript:alert(1)')).toEqual(['https://example.com/a']);
  });
});
