import { describe, expect, it } from 'vitest';
import {
  isStale,
  MAX_RETRY_DELAY_MS,
  nextRetryDelayMs,
  parseRetryAfter,
} from '../../../lib/publishers/wikidata/retry';

describe('nextRetryDelayMs', () => {
  it.each([
    [0, undefined, 60_000],
    [1, undefined, 120_000],
    [3, undefined, 480_000],
    [0, 300_000, 300_000],
    [3, 1_000, 480_000],
    [40, undefined, MAX_RETRY_DELAY_MS],
    [0, 10 * MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS],
    [-5, null, 60_000],
    [Number.NaN, Number.NaN, 60_000],
  ])('attempt %s, retry-after %s -> %s', (attempt, retryAfter, expected) => {
    expect(nextRetryDelayMs(attempt, retryAfter)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  it.each([
    [null, null],
    ['', null],
    ['120', 120_000],
    ['Wed, 01 May 2024 12:01:00 GMT', 60_000],
    ['Wed, 01 May 2024 11:00:00 GMT', 0],
    ['soon', null],
  ])('%s -> %s', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});

describe('isStale', () => {
  it.each([
    [1_000, 1_500, 1_000, false],
    [1_000, 2_000, 1_000, true],
    [1_000, 5_000, 1_000, true],
    [9_000, 5_000, 1_000, true], // fetched "in the future": the clock moved back
    [Number.NaN, 5_000, 1_000, true],
  ])('fetched %s, now %s, max age %s -> %s', (fetchedAtMs, nowMs, maxAgeMs, expected) => {
    expect(isStale(fetchedAtMs, nowMs, maxAgeMs)).toBe(expected);
  });
});
