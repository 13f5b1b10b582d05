import { describe, expect, it } from 'vitest';
import { findQuoteAt, findQuoteSpans } from '../../../lib/claims/quotes';

function quotesOf(text: string): string[] {
  return findQuoteSpans(text).map((q) => text.slice(q.start, q.end));
}

describe('findQuoteSpans', () => {
  it.each([
    ['straight quotes', 'He said "we won. They lost," and left.', ['"we won. They lost,"']],
    ['curly quotes', 'She said: “It is over.” Then “again”.', ['“It is over.”', '“again”']],
    ['unclosed quote ends at the paragraph', 'He said "we won.\n\nNext paragraph.', ['"we won.']],
    ['inch marks are not quotes', 'A 12" pipe burst.', []],
    ['nested single quotes stay inside', '“He called it ‘a lie’ twice.”', ['“He called it ‘a lie’ twice.”']],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it('finds the quote overlapping a range', () => {
    const text = 'A "b c" d "e f" g';
    const spans = findQuoteSpans(text);
    expect(findQuoteAt(spans, 0, 2)).toBe(-1);
    expect(findQuoteAt(spans, 3, 5)).toBe(0);
    expect(findQuoteAt(spans, 12, 13)).toBe(1);
  });
});
