import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../lib/organizations/index';

function found(text: string): Record<string, string | null | undefined> {
  return Object.fromEntries(extractOrganizations(text).map((o) => [o.name, o.type]));
}

describe('context cues', () => {
  it.each([
    ['noun before', 'Polish brewer Brovia said profits fell.', { Brovia: 'company' }],
    [
      'newspaper before',
      'He told the daily Gazeta Poranna that he would stay.',
      { 'Gazeta Poranna': 'news-outlet' },
    ],
    ['news agency after', 'The official Velta news agency said so.', { Velta: 'news-outlet' }],
    ['news site before', 'The news site Iran Dispatch reported it.', { 'Iran Dispatch': 'news-outlet' }],
    ['officials after', 'Norvik officials declined to comment.', { Norvik: null }],
    ['possessive cue', "Then Norvik's debts rose again.", { Norvik: null }],
    ['job at', 'said Jan Nowak, an analyst at Orlik Plus.', { 'Orlik Plus': null }],
    ['owned by', 'The brewery is owned by Halvorsen.', { Halvorsen: null }],
    ['appositive with a rival', 'The brewery is owned by Halvorsen, the rival.', { Halvorsen: 'company' }],
    ['appositive', 'Output at Norvik, the region’s largest copper producer, fell.', { Norvik: 'company' }],
    ['group kind', 'protests led by separatist group Basqa in the north', { Basqa: 'armed-group' }],
    ['places never qualify', 'Iraqi officials and Iran officials said.', {}],
    ['people never qualify', 'a spokesman for Mr. Clarke said. Clarke officials left.', {}],
    ['no cue, no organization', 'Then Norvik said nothing.', {}],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
