import { describe, expect, it } from 'vitest';
import { findHeadlineElement, headlineScopes } from '../../../lib/article/metadata/headline-element';
import { html } from './load-fixture';

describe('findHeadlineElement', () => {
  it.each([
    [
      'the h1 the title repeats, not the logo h1',
      '<h1>Daily Fixture</h1><div><h1 id="x">Bridge reopens</h1></div>',
      'Bridge reopens | Daily Fixture',
    ],
    [
      'an h2 headline when the h1 is a menu label',
      '<h1>Sections</h1><h2 id="x">Bridge reopens after repair</h2>',
      'Bridge reopens after repair',
    ],
    ['the only h1 when the title says nothing', '<h1 id="x">Something else</h1>', null],
  ])('finds %s', (_name, body, title) => {
    expect(findHeadlineElement(html(body), title)?.id).toBe('x');
  });

  it('finds nothing among several unrelated h1s', () => {
    expect(findHeadlineElement(html('<h1>A menu</h1><h1>A logo</h1>'), 'The story')).toBeNull();
  });

  it('lists the ancestors up to, not including, body', () => {
    const doc = html('<main><article><header><h1>T</h1></header></article></main>');
    expect(headlineScopes(doc.querySelector('h1'), 5).map((e) => e.tagName)).toEqual([
      'HEADER',
      'ARTICLE',
      'MAIN',
    ]);
  });
});
