import { describe, expect, it } from 'vitest';
import { anchorInText } from '../../../lib/anchoring/anchor-text';
import { describeSelection } from '../../../lib/anchoring/describe';
import { MAX_INDEX_CHARS } from '../../../lib/anchoring/limits';
import { buildTextIndex } from '../../../lib/anchoring/text-index';
import { offsetsFromRange, pointsFromOffsets, rangeFromOffsets } from '../../../lib/anchoring/text-points';
import { parseDocument } from '../../tools/dom';
import { locate, readFixturePage, withRangeSupport } from './helpers';

function storyOf(doc: Document): Element {
  const story = doc.getElementById('story');
  if (!story) throw new Error('fixture lacks #story');
  return story;
}

describe('buildTextIndex', () => {
  const index = buildTextIndex(storyOf(readFixturePage('harbour-page.html')));

  it.each([
    ['article text', 'ending a two-year argument', true],
    ['text inside inline markup', 'talking about concrete,” said', true],
    ['table and list text', 'Engineering report: next week', true],
    ['script contents', 'window.analytics', false],
    ['noscript contents', 'Enable scripts', false],
    ['our own UI host', 'Source Context toolbar text', false],
  ])('%s: indexed = %s', (_, phrase, expected) => {
    expect(index.text.includes(phrase)).toBe(expected);
  });

  it('maps each indexed node to its place in the text', () => {
    index.nodes.forEach((node, i) => {
      const start = index.starts[i] ?? -1;
      expect(index.text.slice(start, start + node.data.length)).toBe(node.data);
    });
    expect(index.truncated).toBe(false);
  });

  it('stops at the character cap on a hostile page', () => {
    const doc = parseDocument('<body><div id="story"></div></body>');
    const story = storyOf(doc);
    for (let i = 0; i < 5; i++)
      story.appendChild(doc.createElement('p')).textContent = 'x'.repeat(MAX_INDEX_CHARS / 4);
    const capped = buildTextIndex(story);
    expect(capped.truncated).toBe(true);
    expect(capped.text.length).toBeLessThanOrEqual(MAX_INDEX_CHARS);
  });
});

describe('offsets and ranges round-trip over the fixture page', () => {
  const doc = readFixturePage('harbour-page.html');
  const index = buildTextIndex(storyOf(doc));

  it.each([
    ['within one text node', 'Port Elling harbour board'],
    ['across an inline element', 'the east quay, ending'],
    ['across elements and a skipped script', 'crossing should dock.'],
    ['across paragraphs', 'every February.”'],
    ['a whole table cell', '14.2 million euros'],
    ['a single character', 'M'],
  ])('%s', (_, phrase) => {
    const start = locate(index.text, phrase);
    const end = start + phrase.length;
    const points = pointsFromOffsets(index, start, end);
    expect(points).not.toBeNull();
    if (!points) return;
    expect(offsetsFromRange(index, points)).toEqual({ start, end });
    expect(points.startContainer.nodeType).toBe(3);
    expect(points.startOffset).toBeLessThan((points.startContainer as Text).data.length);
    expect(points.endOffset).toBeGreaterThan(0);
    const range = rangeFromOffsets(index, start, end, withRangeSupport(doc));
    expect(range && offsetsFromRange(index, range)).toEqual({ start, end });
  });

  it('reads element boundary points (a selection of whole elements)', () => {
    const story = storyOf(doc);
    const list = story.querySelector('ul');
    if (!list?.parentNode) throw new Error('fixture lacks a list');
    const at = Array.from(list.parentNode.childNodes).indexOf(list as ChildNode);
    const offsets = offsetsFromRange(index, {
      startContainer: list.parentNode,
      startOffset: at,
      endContainer: list.parentNode,
      endOffset: at + 1,
    });
    expect(offsets && index.text.slice(offsets.start, offsets.end)).toBe(list.textContent);
  });

  it.each([
    ['empty', 5, 5],
    ['reversed', 9, 3],
    ['past the end', 0, 10_000_000],
    ['negative', -1, 4],
  ])('rejects %s offsets', (_, start, end) => {
    expect(pointsFromOffsets(index, start, end)).toBeNull();
  });

  it('refuses a stale index instead of returning a wrong range', () => {
    const fresh = readFixturePage('harbour-page.html');
    const staleIndex = buildTextIndex(storyOf(fresh));
    const start = locate(staleIndex.text, 'access road is due');
    const node = staleIndex.nodes.find((n) => n.data.includes('access road is due'));
    if (!node) throw new Error('fixture lacks the access-road paragraph');
    node.data = `Update: ${node.data}`;
    expect(pointsFromOffsets(staleIndex, start, start + 10)).toBeNull();
  });

  it('anchors a clipping in the page text and maps it to DOM points', () => {
    const start = locate(index.text, 'People want a terminal');
    const saved = describeSelection(
      index.text,
      start,
      start + 'People want a terminal that does not flood'.length,
    );
    const edited = readFixturePage('harbour-page.html');
    storyOf(edited).querySelector('h1')?.append(' (updated)');
    const editedIndex = buildTextIndex(storyOf(edited));
    const result = anchorInText(editedIndex.text, saved);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote' });
    if (result.status !== 'anchored') return;
    const points = pointsFromOffsets(editedIndex, result.start, result.end);
    expect((points?.startContainer as Text).data.slice(points?.startOffset)).toMatch(/^People want/);
  });
});
