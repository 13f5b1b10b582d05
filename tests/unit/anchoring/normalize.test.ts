import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeQuote,
  normalizeString,
  normalizeText,
  toNormalizedOffset,
  toOriginalSpan,
} from '../../../lib/anchoring/normalize-text';

/** Characters that normalising drops, replaces or keeps, and surrogate halves. */
const TRICKY = [
  ...'ab é\n\t\r\u000b\f\u00a0\u00ad\u1680\u180e\u2009\u200b\u200d\u2028\u202f\u205f\u2060\u3000\ufeff',
  ...'\u0085\u2018\u2019\u201c\u201f\u2032\u2033\u2010\u2014\u2015\u2212\u2026\ufb01\ufb02',
  '\ud83d',
  '\ude00',
];

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

describe('normalizeString (quotes, without an offset map)', () => {
  it('normalises exactly like normalizeText, character by character', () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(normalizeString(text)).toBe(normalizeText(text).text);
    }
  });

  it('normalises any mix of tricky characters like normalizeText', () => {
    const texts = fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(texts, (text) => normalizeString(text) === normalizeText(text).text),
      { seed: 20_260_701, numRuns: 2_000 },
    );
  });

  it('normalises the three parts of a quote', () => {
    expect(normalizeQuote({ exact: ' don’t\n', prefix: 'a — b', suffix: '…' })).toEqual({
      exact: "don't",
      prefix: 'a-b',
      suffix: '...',
    });
  });
});
