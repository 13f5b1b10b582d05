import { describe, expect, it } from 'vitest';
import { mapArticleToPage } from '../../../lib/page-ui/article-map';
import { indexPage, placeClippings } from '../../../lib/page-ui/place';
import { describeSelection } from '../../../lib/anchoring/index';
import { parseDocument } from '../../tools/dom';

const PAGE = `<html><body><nav>Home · World · About</nav>
<article><h1>Rally in Paris</h1>
<p>Thousands   gathered in
Paris on Saturday.</p><aside>Latest news: prices rise</aside>
<p>The bill passed by 92 votes to 6, officials said.</p>
<p>The bill passed by 92 votes to 6, officials said.</p></article></body></html>`;
const ARTICLE = [
  'Rally in Paris',
  'Thousands gathered in Paris on Saturday.',
  'The bill passed by 92 votes to 6, officials said.',
  'The bill passed by 92 votes to 6, officials said.',
].join('\n\n');

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('mapArticleToPage', () => {
  const doc = parseDocument(PAGE);
  const index = indexPage(doc)!;
  const map = mapArticleToPage(ARTICLE, index.text);

  it('finds every article paragraph in the page, in order', () => {
    expect(map).toMatchObject({ found: 4, total: 4 });
  });

  it.each([
    ['gathered in Paris', 0],
    ['passed by 92 votes', 0],
    ['passed by 92 votes', 1],
    ['Rally in Paris', 0],
  ])('maps "%s" (occurrence %i) to the same words in the page', (phrase, occurrence) => {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = ARTICLE.indexOf(phrase, start + 1);
    const span = map.toPage(start, start + phrase.length)!;
    expect(fold(index.text.slice(span.start, span.end))).toBe(phrase);
  });

  it('tells identical paragraphs apart by their place, not by their words', () => {
    const first = ARTICLE.indexOf('passed by 92');
    const second = ARTICLE.indexOf('passed by 92', first + 1);
    expect(map.toPage(second, second + 12)!.start).toBeGreaterThan(map.toPage(first, first + 12)!.start);
  });

  it.each([
    ['white space at its ends', ' gathered in Paris ', 'gathered in\nParis'],
    [
      'across paragraphs',
      'Saturday.\n\nThe bill',
      'Saturday.</p><aside>Latest news: prices rise</aside>\n<p>The bill',
    ],
    ['ending where the next paragraph starts', 'officials said.\n\n', 'officials said.'],
  ])('maps a span with %s to the words it covers', (_, phrase, expected) => {
    const start = ARTICLE.indexOf(phrase);
    const span = map.toPage(start, start + phrase.length)!;
    const words = index.text.slice(span.start, span.end);
    expect(words.replace(/\s+/g, ' ')).toBe(expected.replace(/<[^>]+>/g, '').replace(/\s+/g, ' '));
  });

  it('places clippings in reverse page order, and leaves out what is gone', () => {
    const second = ARTICLE.lastIndexOf('passed by 92');
    const clippings = [
      { id: 'a', ...describeSelection(ARTICLE, 0, 5) },
      { id: 'b', ...describeSelection(ARTICLE, second, second + 12) },
      {
        id: 'gone',
        quote: { exact: 'a sentence the page never had', prefix: '', suffix: '' },
        position: null,
      },
    ];
    expect(placeClippings(index, ARTICLE, clippings).map((c) => c.id)).toEqual(['b', 'a']);
  });
});
