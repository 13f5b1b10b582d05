import { describe, expect, it } from 'vitest';
import { detectCues, type Cue } from '../../../lib/claims/cues';

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
