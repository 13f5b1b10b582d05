// Hostile text: every shape below must finish (no catastrophic backtracking, no quadratic loops)
// and still produce schema-valid output. No timing thresholds: the machine may be shared.
import { describe, expect, it } from 'vitest';
import { OrganizationSchema } from '../../../lib/models/page-context';
import { extractOrganizations } from '../../../lib/organizations/index';

describe('hostile text up to 2 MB', () => {
  const SIZE = 2_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  let n = 0;
  const nextAcronym = () =>
    (n++)
      .toString(26)
      .toUpperCase()
      .replace(/\d/g, (d) => 'QRSTUVWXYZ'[Number(d)]!);

  it.each([
    ['capitalised words without end', fill('Aa ')],
    ['nested connectors', fill('Council of ')],
    ['open parentheses', fill('(')],
    ['dotted initials', fill('U.S.')],
    ['hyphen chains', fill('x-')],
    ['repeated short forms', fill('the National Council met. the Council said. ')],
    ['possessives', fill("People's ")],
    ['quotes', fill('"A" ')],
    [
      'many acronyms and long names',
      Array.from({ length: 60_000 }, () => `${nextAcronym()} and Alpha Beta Council.`).join(' '),
    ],
    [
      'mixed article text',
      fill('The Iran Council of Resistance (ICR/ABC) said NCRI and ICR, Norvik officials; '),
    ],
    ['one line per letter', fill('A\n')],
    ['one giant word', `A${'a'.repeat(SIZE - 1)}`],
    ['all capitals', fill('ABCDE FGHIJ ')],
  ])('%s completes with schema-valid output', (_label, text) => {
    const orgs = extractOrganizations(text);
    expect(orgs.length).toBeLessThanOrEqual(1_000);
    for (const org of orgs.slice(0, 50)) expect(OrganizationSchema.safeParse(org).success).toBe(true);
  });
});
