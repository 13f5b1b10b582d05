import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isPaused, parseSettings, setPaused } from '../../lib/settings';

describe('settings', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    ['garbage', DEFAULT_SETTINGS],
    [[1, 2], DEFAULT_SETTINGS],
    [{ badge: false }, { ...DEFAULT_SETTINGS, badge: false }],
    [
      { badge: 'yes', openDataLookup: true },
      { ...DEFAULT_SETTINGS, openDataLookup: true },
    ],
    [{ pausedSites: 'example.com' }, DEFAULT_SETTINGS],
    [
      JSON.parse('{"__proto__": {"badge": false}, "highlights": false}'),
      { ...DEFAULT_SETTINGS, highlights: false },
    ],
  ])('parses %j field by field', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('pauses and resumes a site', () => {
    const paused = setPaused(DEFAULT_SETTINGS, 'example.com', true);
    expect(isPaused(paused, 'example.com')).toBe(true);
    expect(isPaused(setPaused(paused, 'example.com', false), 'example.com')).toBe(false);
    expect(setPaused(paused, 'example.com', true).pausedSites).toEqual(['example.com']);
  });
});
