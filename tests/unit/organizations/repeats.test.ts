import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../lib/organizations/index';
import { orgWith, readFixture } from './helpers';

function summary(text: string): string[] {
  return extractOrganizations(text).map((o) => `${o.name} x${o.mentions} [${o.aliases.join(', ')}]`);
}

describe('repeats and short forms', () => {
  it.each([
    [
      'company short form, before and after',
      'Kestrel rose. Kestrel Gold Corp said talks went on. Shares of Kestrel fell.',
      ['Kestrel Gold Corp x3 [Kestrel]'],
    ],
    [
      'designator dropped',
      'Danish Airways Plc said. Danish Airways flew.',
      ['Danish Airways Plc x2 [Danish Airways]'],
    ],
    [
      'nationality is never a short form',
      'Danish Airways Plc said. Danish officials agreed.',
      ['Danish Airways Plc x1 []'],
    ],
    [
      'generic first word is never a short form',
      'United Harbour Bank said. United won.',
      ['United Harbour Bank x1 []'],
    ],
    [
      'ambiguous short form is dropped',
      'Orlik Gold Corp and Orlik Copper Ltd merged. Orlik rose.',
      ['Orlik Gold Corp x1 []', 'Orlik Copper Ltd x1 []'],
    ],
    [
      'exact repeats of a cue name',
      'Polish brewer Brovia said. Brovia rose. Then Brovia fell.',
      ['Brovia x3 []'],
    ],
    [
      'the Council binds to the nearest council',
      'The National Council of Resistance of Iran met. The Council said.',
      ['National Council of Resistance of Iran x2 [the Council]'],
    ],
    [
      'the Guard Corps binds to the one longer name',
      'The Islamic Revolutionary Guard Corps fired. The Guard Corps denied it.',
      ['Islamic Revolutionary Guard Corps x2 [Guard Corps]'],
    ],
    [
      'surname position blocks',
      'Hughes Aircraft Company said. Howard Hughes flew.',
      ['Hughes Aircraft Company x1 []'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('echoes confirmed names in an ALL-CAPS headline, and nothing else there', () => {
    const orgs = extractOrganizations(readFixture('caps-headline.txt'));
    expect(orgs.map((o) => [o.name, o.mentions, o.spans?.[0]?.text])).toEqual([
      ['Nordland Finance Ltd.', 3, 'NORDLAND'],
      ['Tasman Bank', 2, 'TASMAN BANK'],
    ]);
    expect(orgWith(orgs, 'Nordland Finance')?.name).toBe('Nordland Finance Ltd.');
  });
});
