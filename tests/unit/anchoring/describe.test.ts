import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../../lib/anchoring/describe';
import { hasTextChanged } from '../../../lib/anchoring/detect-edits';
import { MAX_QUOTE_CHARS } from '../../../lib/anchoring/limits';
import { TextPositionSchema, TextQuoteSchema } from '../../../lib/storage/records';
import { hashText } from '../../../lib/hash';
import { readFixture } from './helpers';

const harbour = readFixture('harbour-ferry.txt');

describe('describeSelection', () => {
  it.each([
    ['mid-text', 'The old terminal', 32, 32],
    ['at the very start', 'Harbour board approves', 0, 32],
    ['at the very end', 'first Thursday of next month.\n', 32, 0],
  ])('%s: quote plus up to 32 characters each side', (_, phrase, prefixLength, suffixLength) => {
    const start = harbour.indexOf(phrase);
    const described = describeSelection(harbour, start, start + phrase.length);
    expect(described.quote.exact).toBe(phrase);
    expect(described.quote.prefix).toHaveLength(prefixLength);
    expect(described.quote.suffix).toHaveLength(suffixLength);
    expect(harbour.slice(start - prefixLength, start + phrase.length + suffixLength)).toBe(
      described.quote.prefix + phrase + described.quote.suffix,
    );
    expect(described.position).toEqual({ start, end: start + phrase.length });
    expect(TextQuoteSchema.safeParse(described.quote).success).toBe(true);
    expect(TextPositionSchema.safeParse(described.position).success).toBe(true);
  });

  it('does not cut a surrogate pair at the edge of the context', () => {
    const text = `${'😀'.repeat(20)}xquotey${'😀'.repeat(20)}`;
    const start = text.indexOf('quote');
    const { quote } = describeSelection(text, start, start + 5);
    expect(quote.prefix).toBe(`${'😀'.repeat(15)}x`);
    expect(quote.suffix).toBe(`y${'😀'.repeat(15)}`);
  });

  const long = harbour.repeat(20);
  it.each([
    ['empty', 5, 5],
    ['reversed', 6, 2],
    ['negative', -1, 3],
    ['past the end', 0, long.length + 1],
    ['fractional', 1.5, 4],
    ['longer than a clipping may store', 0, MAX_QUOTE_CHARS + 1],
  ])('rejects a selection that is %s', (_, start, end) => {
    expect(() => describeSelection(long, start, end)).toThrow(RangeError);
  });
});

describe('hasTextChanged', () => {
  it.each([
    ['the same text', harbour, false],
    ['one character edited', harbour.replace('1971', '1972'), true],
    ['a paragraph inserted', `Correction.\n\n${harbour}`, true],
  ])('%s -> %s', (_, current, expected) => {
    expect(hasTextChanged(hashText(harbour), current)).toBe(expected);
  });
});
