import { describe, expect, it } from 'vitest';
import { CUE_BITS, CUE_FIRST_WORDS, findPossibleCues } from '../../../lib/claims/cue-words';
import { CUE_NAMES, PATTERNS, detectCues, type Cue } from '../../../lib/claims/cues';
import { FeatureBuffer } from '../../../lib/claims/features';

describe('detectCues', () => {
  it.each<[string, Cue[], Cue[]]>([
    ['Unemployment rose to 7.9 percent.', ['quantity', 'comparison'], ['question']],
    ['He was born in 1946.', ['past-event'], ['quantity']],
    ['The rally is on July 1.', [], ['quantity']],
    ['The gathering is on 1st July, one such event.', [], ['quantity']],
    ['Spending is higher than ever.', ['comparison'], []],
    ['The Senate passed the bill and the president signed it.', ['official-action'], []],
    ['The drought caused the crop failure.', ['causal'], []],
    ['Prices may rise, perhaps sharply.', ['hedge'], []],
    ['I think we are on the wrong track.', ['first-person-opinion'], ['question']],
    ['We must act now.', ['exhortation'], []],
    ['The only way to defeat them is to put them under pressure.', ['exhortation'], []],
    ['Is anyone listening?', ['question'], []],
    ['Organizers expect a crowd, and the talks will resume next week.', ['prediction'], []],
    ['According to the ministry, the figure is wrong.', ['attribution'], []],
    ['When I was a child my father worked at the mill.', ['personal-experience'], []],
    ['Senator McCain visited the camp.', ['named-actor'], []],
  ])('%s', (sentence, present, absent) => {
    const cues = detectCues(sentence);
    expect(cues).toEqual(expect.arrayContaining(present));
    for (const cue of absent) expect(cues).not.toContain(cue);
  });
});

describe('first-word pre-test (cue-words.ts)', () => {
  // Every first word and stem, then variants around word edges and case, in made-up phrases that
  // complete the patterns' longer alternatives.
  const firsts = Object.values(CUE_FIRST_WORDS).flatMap(({ words, stems = '' }) =>
    `${words} ${stems}`.split(/\s+/).filter(Boolean),
  );
  const tails = [
    '',
    ' to',
    ' that',
    ' a result',
    ' order',
    ' set to',
    ' year',
    ' 1999',
    ' think',
    ' was',
    ' father',
    ' opinion',
    ' only way to',
    ' cannot allow',
    ' is time',
    "'s time",
    "'t",
    'ing',
    'ed',
    's',
  ];
  const sentences = firsts.flatMap((word) =>
    tails.flatMap((tail) => [
      `${word}${tail}`,
      `So ${word.toUpperCase()}${tail} now.`,
      `x_${word}${tail}`,
      `(${word[0]!.toUpperCase()}${word.slice(1)}${tail})`,
      `2${word}${tail}`,
    ]),
  );

  it('never hides a cue its pattern finds', () => {
    for (const sentence of sentences) {
      const possible = findPossibleCues(sentence);
      for (const [cue, bit] of CUE_BITS) {
        const pattern = PATTERNS[cue as (typeof CUE_NAMES)[number]];
        if (pattern.test(sentence)) expect(possible & bit, `${cue}: ${sentence}`).not.toBe(0);
      }
    }
  });

  // The same pre-test read from the feature tokens (FeatureBuffer.readSentence), with the letters
  // that lower-case into ASCII glued to a word and apostrophes inside one.
  const tokenSentences = [
    ...sentences,
    ...firsts.flatMap((word) => [`\u212a${word}`, `${word}\u212a`, `\u0130${word}`, `${word}\u0130`]),
    ...firsts.flatMap((word) => [`o'${word}`, `${word}’s`, `l’${word}’d`]),
  ];

  it('never hides a cue its pattern finds when read from the feature tokens', () => {
    const buffer = new FeatureBuffer();
    for (const sentence of tokenSentences) {
      const possible = buffer.readSentence(sentence);
      for (const [cue, bit] of CUE_BITS) {
        const pattern = PATTERNS[cue as (typeof CUE_NAMES)[number]];
        if (pattern.test(sentence)) expect(possible & bit, `${cue}: ${sentence}`).not.toBe(0);
      }
    }
  });

  it('leaves detectCues as testing every pattern would', () => {
    for (const sentence of sentences) {
      const expected = CUE_NAMES.filter((name) => name !== 'quantity' && PATTERNS[name].test(sentence));
      expect(detectCues(sentence).filter((cue) => cue !== 'quantity')).toEqual(expected);
    }
  });
});
