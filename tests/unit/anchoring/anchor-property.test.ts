import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorInText } from '../../../lib/anchoring/anchor-text';
import { describeSelection } from '../../../lib/anchoring/describe';
import { MIN_FUZZY_CHARS } from '../../../lib/anchoring/match-fuzzy';
import type { AnchorResult } from '../../../lib/anchoring/types';

const WORDS = (
  'the a of to in and harbour board ferry terminal council library vote budget east quay town ' +
  'members said would could report engineers winter storm passengers shuttle bus funding grant ' +
  'national regional bank loan ticket prices critics shopkeepers trade birds mudflat noise summer ' +
  'officer ecologist site project breakwater late over schedule cheaper quicker option floating ' +
  'pontoon basin wind deeper water chair meeting committee petition signatures gallery residents ' +
  'Tuesday March February 1971 14.2 million euros percent “quoted” don’t — – … naïve café'
).split(' ');

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 18 })
  .map((words) => `${words.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const article = fc
  .array(paragraph, { minLength: 1, maxLength: 12 })
  .map((paragraphs) => paragraphs.join('\n\n'));

/** An article with a non-blank selection of 1 to 400 characters in it. */
const articleWithSelection = article
  .chain((text) =>
    fc
      .tuple(fc.constant(text), fc.nat(text.length - 1), fc.integer({ min: 1, max: 400 }))
      .map(([t, start, length]) => ({
        text: t,
        start,
        end: Math.min(t.length, start + length),
      })),
  )
  .filter(({ text, start, end }) => text.slice(start, end).trim() !== '');

const SETTINGS = { seed: 20_250_307, numRuns: 500 };

/** The selection without the white space around it (what a re-found quote covers). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (/\s/.test(text.charAt(start))) start++;
  while (/\s/.test(text.charAt(end - 1))) end--;
  return [start, end];
}

/**
 * The result covers the expected span, up to white space at its edges (a held position keeps the
 * saved offsets, which may now include a neighbouring space; a re-found quote excludes it).
 */
function expectFoundAt(result: AnchorResult, changed: string, [start, end]: [number, number], shift: number) {
  expect(result).toMatchObject({ status: 'anchored' });
  if (result.status !== 'anchored') return;
  expect(trimSpan(changed, result.start, result.end)).toEqual([start + shift, end + shift]);
}

describe('anchorInText on generated articles', () => {
  it('finds every selection of an unchanged text at the same offsets', () => {
    fc.assert(
      fc.property(articleWithSelection, ({ text, start, end }) => {
        const saved = describeSelection(text, start, end);
        expect(anchorInText(text, saved)).toMatchObject({
          status: 'anchored',
          method: 'position',
          start,
          end,
        });
      }),
      SETTINGS,
    );
  });

  it('re-finds every selection by quote after text is inserted before it', () => {
    fc.assert(
      fc.property(articleWithSelection, sentence, ({ text, start, end }, inserted) => {
        const saved = describeSelection(text, start, end);
        const changed = `${inserted}\n\n${text}`;
        const shift = inserted.length + 2;
        expectFoundAt(anchorInText(changed, saved), changed, trimSpan(text, start, end), shift);
      }),
      SETTINGS,
    );
  });

  it('re-finds every selection at its shifted place after an edit away from it and its context', () => {
    fc.assert(
      fc.property(
        articleWithSelection,
        fc.nat(),
        fc.nat(40),
        sentence,
        ({ text, start, end }, at, cut, replacement) => {
          const saved = describeSelection(text, start, end);
          const margin = 40;
          const before = start > margin + cut && at % 2 === 0;
          const from = before
            ? at % (start - margin - cut)
            : end + margin + (at % Math.max(1, text.length - end));
          fc.pre(from + cut <= text.length && (before || from > end + margin));
          const changed = text.slice(0, from) + replacement + text.slice(from + cut);
          const shift = before ? replacement.length - cut : 0;
          expectFoundAt(anchorInText(changed, saved), changed, trimSpan(text, start, end), shift);
        },
      ),
      SETTINGS,
    );
  });

  it('never fuzzy-matches a short quote, whatever was edited', () => {
    const shortSelection = articleWithSelection.map((s) => ({ ...s, end: Math.min(s.end, s.start + 9) }));
    fc.assert(
      fc.property(
        shortSelection,
        fc.nat(),
        fc.nat(40),
        sentence,
        ({ text, start, end }, at, cut, replacement) => {
          const saved = describeSelection(text, start, end);
          const from = at % text.length;
          const changed = text.slice(0, from) + replacement + text.slice(from + cut);
          const result = anchorInText(changed, saved);
          expect(saved.quote.exact.replace(/\s/g, '').length).toBeLessThan(MIN_FUZZY_CHARS);
          expect(result.status === 'anchored' && result.method === 'fuzzy').toBe(false);
        },
      ),
      SETTINGS,
    );
  });
});
