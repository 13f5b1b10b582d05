import { describe, expect, it } from 'vitest';
import { findLabels, readLineModes } from '../../../lib/organizations/lines';
import { tokenize } from '../../../lib/organizations/tokens';

function modeOf(text: string): string {
  return readLineModes(tokenize(text))[0] ?? 'none';
}

function labelsOf(text: string): string[] {
  const tokens = tokenize(text);
  return [...findLabels(tokens)].map((i) => tokens[i]!.text);
}

describe('readLineModes', () => {
  it.each([
    ['TASMAN BANK TO CUT 500 JOBS AFTER TAKEOVER', 'caps'],
    ['Exiles Call for Tougher Sanctions on the Regime', 'title'],
    ['Senator Jones met the leader of the Council of Resistance and Sara Amini.', 'normal'],
    ['Tasman Bank said on Monday it would cut jobs.', 'normal'],
    ['- USDA', 'normal'],
  ])('%s -> %s', (text, mode) => {
    expect(modeOf(text)).toBe(mode);
  });
});

describe('findLabels', () => {
  it.each([
    ['OSLO 2021-03-04\nText', ['OSLO']],
    ['NEW YORK 2021-03-04', ['NEW', 'YORK']],
    ['LONDON, 4 Mar – On Monday', ['LONDON']],
    ['GRAIN - Ship 50,000 tonnes', ['GRAIN']],
    ['EU, Norway agree on quotas', []],
    ['NATO said on Friday', []],
  ])('%s', (text, expected) => {
    expect(labelsOf(text)).toEqual(expected);
  });
});
