import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../lib/organizations/index';

function roleOf(text: string, form: string): string | null | undefined {
  const spans = extractOrganizations(text).flatMap((o) => o.spans ?? []);
  return spans.find((s) => s.text === form)?.role ?? null;
}

describe('role cues', () => {
  it.each([
    ['X said', 'The NCRI said on Friday it would attend.', 'NCRI', 'speaker'],
    [
      'X (ACR) said',
      'The National Council of Resistance of Iran (NCRI) said so.',
      'National Council of Resistance of Iran',
      'speaker',
    ],
    ['X has said', 'Reuters has reported the figure.', 'Reuters', 'speaker'],
    ['said X.', '"We will stay," said Reuters.', 'Reuters', 'speaker'],
    ['spokesman for X', 'A spokesman for the NCRI said so.', 'NCRI', 'spokesperson'],
    ['X spokeswoman', 'NCRI spokeswoman Sara Amini said so.', 'NCRI', 'spokesperson'],
    [
      'designated by X',
      'It was designated by the State Department in 2019.',
      'State Department',
      'designator',
    ],
    ['designate X', 'They may designate the IRGC as a terrorist group.', 'IRGC', 'designated'],
    ['X was designated', 'The IRGC was designated in 2019.', 'IRGC', 'designated'],
    ['according to X', 'According to the NCRI, 30 people died.', 'NCRI', 'source'],
    ['leader of X', 'He met the leader of the NCRI in Paris.', 'NCRI', 'affiliation'],
    ['no cue', 'They marched past the NCRI offices.', 'NCRI', null],
  ])('%s', (_label, text, form, role) => {
    expect(roleOf(text, form)).toBe(role);
  });
});
