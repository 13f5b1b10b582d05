import { describe, expect, it } from 'vitest';
import { computeBadge } from '../../../lib/background/badge';
import { sampleContext } from '../storage/samples';

const claim = (checkworthy: boolean, kind: string) => ({
  text: 'x',
  checkworthy,
  score: 0.5,
  kind,
  speaker: null,
});

describe('computeBadge', () => {
  it.each([
    [[], [], ''],
    [[claim(true, 'quantity'), claim(true, 'opinion'), claim(false, 'other-claim')], [], '1'],
    [Array.from({ length: 120 }, () => claim(true, 'quantity')), [], '99'],
    [[claim(true, 'quantity')], ['IRGC'], '!'],
  ])('claims %# -> %s', (claims, flags, text) => {
    expect(computeBadge(sampleContext('https://e.com/a', { claims }), flags).text).toBe(text);
  });
});
