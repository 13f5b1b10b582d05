import { describe, expect, it } from 'vitest';
import { normalizeText, toNormalizedOffset, toOriginalSpan } from '../../../lib/anchoring/normalize-text';

describe('normalizeText', () => {
  it.each([
    ['collapsed and expanded white space', 'a  b\n\n\tc', 'abc'],
    ['non-breaking and thin spaces', 'a\u00a0b\u2009c\u202fd', 'abcd'],
    ['zero-width characters and soft hyphens', 'co\u00adop\u200berate\ufeff', 'cooperate'],
    ['curly quotes', '“Don’t,” she said', `"Don't,"shesaid`],
    ['dashes', 'a–b—c−d', 'a-b-c-d'],
    ['ellipsis and ligatures', 'ﬁne…', 'fine...'],
    ['other text untouched', 'Ünïcödé 😀 42', 'Ünïcödé😀42'],
  ])('%s', (_, text, expected) => {
    expect(normalizeText(text).text).toBe(expected);
  });

  it('maps normalised offsets back to the original text', () => {
    const text = '  “Two  words”…';
    const normalized = normalizeText(text);
    expect(normalized.text).toBe('"Twowords"...');
    const start = normalized.text.indexOf('words');
    expect(toOriginalSpan(normalized, start, start + 5)).toEqual([8, 13]);
    expect(toOriginalSpan(normalized, 10, 13)).toEqual([14, 15]);
    expect(toNormalizedOffset(normalized, 0)).toBe(0);
    expect(toNormalizedOffset(normalized, 6)).toBe(4);
    expect(toNormalizedOffset(normalized, text.length)).toBe(normalized.text.length);
  });
});
