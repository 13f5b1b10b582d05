import { describe, expect, it } from 'vitest';
import { anchorInText } from '../../../lib/anchoring/anchor-text';
import { describeSelection } from '../../../lib/anchoring/describe';
import { MAX_INDEX_NODES, MAX_QUOTE_CHARS } from '../../../lib/anchoring/limits';
import { buildTextIndex } from '../../../lib/anchoring/text-index';
import { parseDocument } from '../../tools/dom';
import { readFixture } from './helpers';

const TWO_MB = 2 * 1024 * 1024;

/** About 2 MB of article-like text: the fixture's words in a seeded pseudo-random order. */
function buildBigText(): string {
  const words = readFixture('harbour-ferry.txt').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let length = 0;
  let seed = 12_345;
  while (length < TWO_MB) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    const word = words[seed % words.length] ?? 'the';
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

const big = buildBigText();
const start = Math.floor(big.length / 2);
const saved = describeSelection(big, start, start + MAX_QUOTE_CHARS);

describe('anchoring stays bounded on hostile sizes (completes; no timing threshold)', () => {
  it.each([
    ['unchanged, saved position', big, saved.position, 'position'],
    ['unchanged, quote only', big, null, 'quote'],
    [
      'quote edited in its middle',
      big.slice(0, start + 9_000) + 'EDITED' + big.slice(start + 9_010),
      null,
      'fuzzy',
    ],
    ['quote removed', big.slice(0, start) + big.slice(start + MAX_QUOTE_CHARS), null, 'orphan'],
  ])('2 MB text, 20,000-character quote, %s', (_, text, position, expected) => {
    const result = anchorInText(text, { quote: saved.quote, position });
    if (expected === 'orphan') expect(result.status).toBe('orphan');
    else expect(result).toMatchObject({ status: 'anchored', method: expected });
  });

  it.each([
    ['one repeated letter, long quote', 'a'.repeat(TWO_MB), 'a'.repeat(5_000) + 'b'],
    ['one repeated letter, short quote', 'a'.repeat(TWO_MB), 'aaaaaaaaaaab'],
    ['a repeated phrase', 'ab cd '.repeat(TWO_MB / 6), 'ab cd ab cd ab cx'],
  ])('repetitive 2 MB text, %s: orphan, never a guess', (_, text, exact) => {
    const quote = { exact, prefix: text.slice(0, 32), suffix: text.slice(0, 32) };
    expect(anchorInText(text, { quote, position: null })).toMatchObject({ status: 'orphan' });
  });

  it('indexes a page with more nodes than the cap only up to the cap', () => {
    const doc = parseDocument('<body><div id="story"></div></body>');
    const story = doc.getElementById('story');
    if (!story) throw new Error('no story');
    for (let i = 0; i < MAX_INDEX_NODES / 2 + 10; i++) story.appendChild(doc.createElement('b')).append('x');
    const index = buildTextIndex(story);
    expect(index.truncated).toBe(true);
    expect(index.nodes.length).toBeLessThanOrEqual(MAX_INDEX_NODES / 2);
  });

  it('walks a very deep tree without recursion', () => {
    const doc = parseDocument('<body><div id="story"></div></body>');
    let parent = doc.getElementById('story');
    for (let i = 0; i < 20_000 && parent; i++) parent = parent.appendChild(doc.createElement('span'));
    parent?.append('deep text');
    const story = doc.getElementById('story');
    expect(story && buildTextIndex(story).text).toBe('deep text');
  });
});
