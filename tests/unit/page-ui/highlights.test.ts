import { describe, expect, it } from 'vitest';
import { describeSelection, HIGHLIGHT_TAG } from '../../../lib/anchoring/index';
import { clearHighlights, drawHighlights } from '../../../lib/page-ui/highlights';
import { findPageSpans, indexPage, placeClippings } from '../../../lib/page-ui/place';
import { parseDocument } from '../../tools/dom';

const PAGE = `<html><body><nav>Home · World</nav><article>
<p>The first sentence is here. The second sentence is there.</p>
<p>Officials said the bill passed by 92 votes to 6 on Friday.</p></article></body></html>`;
const ARTICLE = [
  'The first sentence is here. The second sentence is there.',
  'Officials said the bill passed by 92 votes to 6 on Friday.',
].join('\n\n');

/** A clipping of `phrase` in the article text. */
function clip(id: string, phrase: string) {
  const start = ARTICLE.indexOf(phrase);
  return { id, ...describeSelection(ARTICLE, start, start + phrase.length) };
}

const drawnOf = (doc: Document) =>
  Array.from(doc.querySelectorAll(HIGHLIGHT_TAG)).map((m) => [
    m.getAttribute('data-highlight-id'),
    m.textContent,
  ]);

describe('drawing clippings over one index', () => {
  it('draws every clipping of a paragraph (drawing one does not lose the others)', () => {
    const doc = parseDocument(PAGE);
    const index = indexPage(doc)!;
    const clippings = [
      clip('a', 'first sentence'),
      clip('b', 'second sentence'),
      clip('c', 'bill passed by 92'),
    ];
    const placed = placeClippings(index, ARTICLE, clippings);
    const marks = drawHighlights(
      doc,
      index,
      placed.map(({ id, page }) => ({ id, ...page })),
      'clipping',
    );
    expect(marks.map((m) => m.length)).toEqual([1, 1, 1]);
    expect(drawnOf(doc)).toEqual([
      ['a', 'first sentence'],
      ['b', 'second sentence'],
      ['c', 'bill passed by 92'],
    ]);
    clearHighlights(doc, ['a', 'c']);
    expect(drawnOf(doc)).toEqual([['b', 'second sentence']]);
  });

  it('styles each element inline with !important declarations', () => {
    const doc = parseDocument(PAGE);
    const index = indexPage(doc)!;
    const [marks] = drawHighlights(doc, index, [{ id: 'a', start: 20, end: 30 }], 'clipping');
    const style = marks?.[0]?.getAttribute('style') ?? '';
    expect(style).toContain('background-color: rgba(255, 213, 0, 0.45) !important');
    expect(style).toContain('display: inline !important');
    expect(style.split(';').every((d) => d.trim() === '' || d.includes('!important'))).toBe(true);
  });

  it('finds a span by its quote when its paragraph is not where the map expects it', () => {
    const doc = parseDocument(PAGE.replace('Officials said', 'Officials in Paris said'));
    const index = indexPage(doc)!;
    const start = ARTICLE.indexOf('92 votes');
    const [found] = findPageSpans(index, ARTICLE, [{ start, end: start + 8 }]);
    expect(found && index.text.slice(found.page.start, found.page.end)).toBe('92 votes');
  });
});
