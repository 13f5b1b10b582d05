import { describe, expect, it } from 'vitest';
import { classifyMention, resolvePronoun, type Mention } from '../../../lib/claims/resolve-speakers';

const ORGS = new Set(['amnesty international']);

describe('classifyMention', () => {
  it.each([
    ['the Supreme Leader of Iran', 'person'],
    ['Dr. Alan Reyes of the Institute for Fiscal Studies', 'person'],
    ['Senator John McCain', 'person'],
    ['Maryam Rajavi', 'person'],
    ['Bernie Sanders', 'person'],
    ['the Department of Commerce', 'org'],
    ['the Trump administration', 'org'],
    ['Amnesty International', 'org'],
    ['the mullahs', 'group'],
    ['Democrats', 'group'],
    ['Executions', 'other'],
  ])('%s is a %s', (phrase, kind) => {
    expect(classifyMention(phrase, ORGS)).toBe(kind);
  });
});

describe('resolvePronoun', () => {
  const mentions: Mention[] = [
    { text: 'the Foreign Ministry', kind: 'org', sentence: 0 },
    { text: 'the Supreme Leader', kind: 'person', sentence: 1 },
    { text: 'the protesters', kind: 'group', sentence: 2 },
  ];
  it.each([
    ['he', 3, 'the Supreme Leader'],
    ['She', 3, 'the Supreme Leader'],
    ['they', 3, 'the protesters'],
    ['it', 3, 'the Foreign Ministry'],
    ['we', 3, null],
    ['he', 1, null],
    ['he', 20, null],
  ])('%s in sentence %i is %j', (pronoun, sentence, expected) => {
    expect(resolvePronoun(pronoun, mentions, sentence)).toBe(expected);
  });
});
