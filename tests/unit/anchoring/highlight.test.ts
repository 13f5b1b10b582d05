import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TAG, unwrapHighlights, wrapRange, wrapSpans } from '../../../lib/anchoring/highlight';
import { buildTextIndex } from '../../../lib/anchoring/text-index';
import { pointsFromOffsets } from '../../../lib/anchoring/text-points';
import { parseDocument } from '../../tools/dom';
import { locateLoosely, readFixturePage } from './helpers';

/** A node tree as nested arrays of names and text, to compare structure exactly. */
function shapeOf(node: Node): unknown {
  if (node.nodeType === 3) return `#text:${(node as Text).data}`;
  return [node.nodeName.toLowerCase(), ...Array.from(node.childNodes).map(shapeOf)];
}

function storyOf(doc: Document): Element {
  const story = doc.getElementById('story');
  if (!story) throw new Error('fixture lacks #story');
  return story;
}

/** Highlights `phrase` (its `occurrence`-th copy) in the story and returns the marks. */
function highlight(doc: Document, phrase: string, id: string, occurrence = 0): HTMLElement[] {
  const index = buildTextIndex(storyOf(doc));
  const [start, end] = locateLoosely(index.text, phrase, occurrence);
  const points = pointsFromOffsets(index, start, end);
  if (!points) throw new Error(`no points for "${phrase}"`);
  return wrapRange(doc, points, { id, className: 'sc-mark' });
}

describe('wrapRange and unwrapHighlights on the fixture page', () => {
  it.each([
    ['inside one text node', 'Port Elling harbour board', 1],
    ['across inline markup', 'the east quay, ending', 3],
    ['across paragraphs and a skipped script', 'should dock. “We have spent', 2],
    ['across table cells (blank text between rows left alone)', 'Cost East quay', 2],
    ['across list items', 'March Engineering', 2],
  ])('%s', (_, phrase, markCount) => {
    const doc = readFixturePage('harbour-page.html');
    const story = storyOf(doc);
    const before = shapeOf(story);
    const text = story.textContent;
    const marks = highlight(doc, phrase, 'clip-1');
    expect(marks.map((m) => m.textContent.trim()).filter(Boolean)).toHaveLength(markCount);
    expect(
      marks
        .map((m) => m.textContent)
        .join('')
        .replace(/\s+/g, ''),
    ).toBe(phrase.replace(/\s+/g, ''));
    expect(
      marks.every((m) => m.getAttribute('data-highlight-id') === 'clip-1' && m.className === 'sc-mark'),
    ).toBe(true);
    expect(story.textContent).toBe(text);
    expect(
      story.querySelector(`script ${HIGHLIGHT_TAG}, tbody > ${HIGHLIGHT_TAG}, ul > ${HIGHLIGHT_TAG}`),
    ).toBeNull();
    expect(unwrapHighlights(story)).toBe(marks.length);
    expect(story.textContent).toBe(text);
    expect(shapeOf(story)).toEqual(before);
  });

  it.each([
    ['inner first', 'b', 'a', 2, 1],
    ['outer first', 'a', 'b', 1, 2],
  ])('overlapping highlights nest, and unwrap %s', (_, first, second, firstCount, secondCount) => {
    const doc = readFixturePage('harbour-page.html');
    const story = storyOf(doc);
    const before = shapeOf(story);
    highlight(doc, 'harbour board voted', 'a');
    const nested = highlight(doc, 'board voted on', 'b');
    expect(nested.map((m) => m.textContent)).toEqual(['board voted', ' on']);
    expect(story.querySelectorAll(HIGHLIGHT_TAG)).toHaveLength(3);
    expect(unwrapHighlights(story, first)).toBe(firstCount);
    expect(story.querySelectorAll(HIGHLIGHT_TAG)).toHaveLength(3 - firstCount);
    expect(unwrapHighlights(story, second)).toBe(secondCount);
    expect(shapeOf(story)).toEqual(before);
  });

  it('removes only the highlights of the given clipping', () => {
    const doc = readFixturePage('harbour-page.html');
    const story = storyOf(doc);
    highlight(doc, 'Tuesday night', 'keep');
    highlight(doc, 'People want', 'drop');
    unwrapHighlights(story, 'drop');
    expect(Array.from(story.querySelectorAll(HIGHLIGHT_TAG)).map((m) => m.textContent)).toEqual([
      'Tuesday night',
    ]);
  });

  it('never wraps inside our own UI host', () => {
    const doc = readFixturePage('harbour-page.html');
    const host = doc.querySelector('[data-source-context]');
    const text = host?.lastChild;
    if (!text || text.nodeType !== 3) throw new Error('fixture host lacks text');
    const marks = wrapRange(
      doc,
      { startContainer: text, startOffset: 1, endContainer: text, endOffset: 8 },
      { id: 'x' },
    );
    expect(marks).toEqual([]);
  });

  it('treats hostile ids and text as data', () => {
    const doc = parseDocument('<body><p id="story">&lt;img src=x onerror=alert(1)&gt; and more</p></body>');
    const story = storyOf(doc);
    const marks = highlight(doc, '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>');
    expect(marks[0]?.getAttribute('data-highlight-id')).toBe('"><script>alert(1)</script>');
    expect(story.querySelector('img, script')).toBeNull();
    unwrapHighlights(story);
    expect(story.textContent).toBe('<img src=x onerror=alert(1)> and more');
  });
});

describe('wrapSpans: many passages over one index', () => {
  /** `[start, end)` of each phrase in the story's index text, with its id. */
  function spansOf(index: { text: string }, phrases: [id: string, phrase: string][]) {
    return phrases.map(([id, phrase]) => {
      const [start, end] = locateLoosely(index.text, phrase);
      return { id, start, end };
    });
  }

  const marksOf = (root: Element) =>
    Array.from(root.querySelectorAll(HIGHLIGHT_TAG)).map((m) => [
      m.getAttribute('data-highlight-id'),
      m.textContent,
    ]);

  it.each([
    ['inside one text node', 'Port Elling harbour board'],
    ['across inline markup', 'the east quay, ending'],
    ['across paragraphs and a skipped script', 'should dock. “We have spent'],
    ['across table cells', 'Cost East quay'],
    ['across list items', 'March Engineering'],
  ])('draws what wrapRange draws: %s', (_, phrase) => {
    const one = readFixturePage('harbour-page.html');
    highlight(one, phrase, 'clip-1');
    const batch = readFixturePage('harbour-page.html');
    const index = buildTextIndex(storyOf(batch));
    wrapSpans(batch, index, spansOf(index, [['clip-1', phrase]]));
    expect(shapeOf(storyOf(batch))).toEqual(shapeOf(storyOf(one)));
    expect(marksOf(storyOf(batch))).toEqual(marksOf(storyOf(one)));
  });

  it.each([
    ['in document order', false],
    ['in reverse document order', true],
  ])('draws passages sharing a text node, %s, and unwraps to the page as it was', (_, reverse) => {
    const doc = readFixturePage('harbour-page.html');
    const story = storyOf(doc);
    const before = shapeOf(story);
    const index = buildTextIndex(story);
    const spans = spansOf(index, [
      ['a', 'The Port Elling'],
      ['b', 'harbour board'],
      ['c', 'voted on'],
    ]);
    const marks = wrapSpans(doc, index, reverse ? [...spans].reverse() : spans);
    expect(marks.map((m) => m.map((x) => x.textContent))).toEqual(
      reverse
        ? [['voted on'], ['harbour board'], ['The Port Elling']]
        : [['The Port Elling'], ['harbour board'], ['voted on']],
    );
    expect(marksOf(story)).toEqual([
      ['a', 'The Port Elling'],
      ['b', 'harbour board'],
      ['c', 'voted on'],
    ]);
    expect(unwrapHighlights(story, ['a', 'b', 'c'])).toBe(3);
    expect(shapeOf(story)).toEqual(before);
  });

  it('nests overlapping passages as drawing them one by one on fresh indexes does', () => {
    const one = readFixturePage('harbour-page.html');
    highlight(one, 'harbour board voted', 'a');
    highlight(one, 'board voted on', 'b');
    const batch = readFixturePage('harbour-page.html');
    const index = buildTextIndex(storyOf(batch));
    const spans = spansOf(index, [
      ['a', 'harbour board voted'],
      ['b', 'board voted on'],
    ]);
    const marks = wrapSpans(batch, index, spans);
    expect(marks.map((m) => m.map((x) => x.textContent))).toEqual([
      ['harbour board voted'],
      ['board voted', ' on'],
    ]);
    expect(shapeOf(storyOf(batch))).toEqual(shapeOf(storyOf(one)));
    expect(marksOf(storyOf(batch))).toEqual(marksOf(storyOf(one)));
  });

  it('leaves out a passage whose text changed since indexing, and only that one', () => {
    const doc = readFixturePage('harbour-page.html');
    const story = storyOf(doc);
    const index = buildTextIndex(story);
    const spans = spansOf(index, [
      ['changed', 'Port Elling harbour board'],
      ['kept', 'Tuesday night'],
    ]);
    const changed = index.nodes.find((n) => n.data.includes('Port Elling harbour'));
    changed?.appendData(' (updated)');
    expect(wrapSpans(doc, index, spans).map((m) => m.length)).toEqual([0, 1]);
    expect(marksOf(story)).toEqual([['kept', 'Tuesday night']]);
  });

  it.each([
    ['empty', 5, 5],
    ['reversed', 9, 3],
    ['past the end', 0, Number.MAX_SAFE_INTEGER],
    ['not whole numbers', 1.5, 4],
  ])('draws nothing for a span that is %s', (_, start, end) => {
    const doc = readFixturePage('harbour-page.html');
    const index = buildTextIndex(storyOf(doc));
    expect(wrapSpans(doc, index, [{ id: 'x', start, end }])).toEqual([[]]);
  });
});
