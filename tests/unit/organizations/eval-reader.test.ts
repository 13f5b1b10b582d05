import { describe, expect, it } from 'vitest';
import { detokenise } from '../../tools/eval/orgs';

describe('eval reader: CoNLL detokenisation', () => {
  it.each([
    ["Reuters 's office", "Reuters's office"],
    ['U.S. officials said .', 'U.S. officials said.'],
    ['( AP ) - The', '(AP) - The'],
    ['he said : " We will go , " he added .', 'he said: "We will go," he added.'],
    ["does n't", "doesn't"],
    ["teachers ' union", "teachers' union"],
    ['$ 40 in Oslo', '$40 in Oslo'],
    ['LINE ONE .\nLine two', 'LINE ONE.\nLine two'],
  ])('%j -> %j', (source, natural) => {
    expect(detokenise(source).text).toBe(natural);
  });

  it('maps every token start and end into the natural text', () => {
    const source = 'The NCRI ( Paris ) told Reuters .';
    const { text, map } = detokenise(source);
    for (const [word, start] of [
      ['NCRI', 4],
      ['Paris', 11],
      ['Reuters', 24],
    ] as const) {
      const s = map[start]!;
      const e = map[start + word.length - 1]! + 1;
      expect(text.slice(s, e)).toBe(word);
    }
  });
});
