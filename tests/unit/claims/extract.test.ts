import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CLAIMS, extractClaims } from '../../../lib/claims/index';
import { ClaimSchema, type Claim, type Organization } from '../../../lib/models/page-context';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'claims');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const ORGANIZATIONS: Organization[] = [
  { name: 'Department of Commerce', aliases: ['Commerce Department'], mentions: 2 },
  { name: 'Amnesty International', aliases: ['Amnesty'], mentions: 1 },
  { name: 'Senate', aliases: [], mentions: 1 },
];

function claimFor(claims: Claim[], startOfSentence: string): Claim {
  const claim = claims.find((c) => c.text.startsWith(startOfSentence));
  if (!claim) throw new Error(`no claim starts with "${startOfSentence}"`);
  return claim;
}

const opinion = extractClaims(read('opinion-sanctions.txt'), ORGANIZATIONS);
const news = extractClaims(read('news-dateline.txt'), ORGANIZATIONS);

describe('extractClaims on fixture articles', () => {
  it.each([
    // [fixture claims, sentence start, checkworthy (undefined: not pinned), kind, speaker]
    [
      'Senate sanctions bill passed',
      opinion,
      'Last week, a bill for tougher sanctions',
      true,
      'official-action',
      null,
    ],
    [
      'pronoun resolved to the earlier speaker',
      opinion,
      'He even went as far as to say',
      true,
      'quote',
      'the Supreme Leader',
    ],
    [
      'speech reported by its subject',
      opinion,
      "The country's Supreme Leader attacked",
      undefined,
      'quote',
      'the Supreme Leader',
    ],
    [
      'quote introduced by a colon',
      opinion,
      'On state television he repeated',
      undefined,
      'quote',
      'the Supreme Leader',
    ],
    [
      'second sentence of that quote',
      opinion,
      'Nobody in the region believes',
      undefined,
      'quote',
      'the Supreme Leader',
    ],
    [
      'sourced figure keeps its kind',
      opinion,
      'Executions rose by 30 percent',
      true,
      'quantity',
      'Amnesty International',
    ],
    ['opinion: the only way to defeat', opinion, 'To spare the region another war', false, 'opinion', null],
    ['question', opinion, 'Is anyone in Washington still listening?', false, 'opinion', null],
    ['prediction', opinion, 'Exiled dissidents will hold', undefined, 'prediction', null],
    [
      'prediction with a number',
      opinion,
      'Organizers expect more than 20,000',
      undefined,
      'prediction',
      null,
    ],
    ['dateline and title', news, 'London, 3 Mar – Sen. Maria Lopez told', true, 'quote', 'Sen. Maria Lopez'],
    [
      'quote spanning two sentences, first',
      news,
      '"We were promised growth.',
      undefined,
      'quote',
      'Sen. Maria Lopez',
    ],
    [
      'quote spanning two sentences, second',
      news,
      'What we got was a list of closures',
      undefined,
      'quote',
      'Sen. Maria Lopez',
    ],
    [
      '"it" resolved to an organization',
      news,
      'In a statement, it said',
      true,
      'quote',
      'the Department of Commerce',
    ],
    [
      'long speaker with an appositive',
      news,
      'Dr. Alan Reyes of the Institute',
      undefined,
      'quote',
      'Dr. Alan Reyes of the Institute for Fiscal Studies',
    ],
    [
      '"he" after a newer person',
      news,
      '"Both sides are cherry-picking," he said.',
      undefined,
      'quote',
      'Dr. Alan Reyes of the Institute for Fiscal Studies',
    ],
    [
      'untagged follow-on quote',
      news,
      '"Neither figure is wrong',
      undefined,
      'quote',
      'Dr. Alan Reyes of the Institute for Fiscal Studies',
    ],
    ['list item: official action', news, 'The deal was signed in Nov. 2023', true, 'official-action', null],
    ['list item: quantity', news, 'It cut tariffs on No. 4 steel by half.', true, 'quantity', null],
    ['quantity after an ellipsis', news, 'The vote was 52 to 48.', true, 'quantity', null],
    [
      'personal experience',
      news,
      'When I was a child, my father worked',
      undefined,
      'personal-experience',
      null,
    ],
    ['first-person opinion', news, 'I believe the people of this town', false, 'opinion', null],
    ['exhortation', news, 'We must demand an honest accounting.', false, 'opinion', null],
  ] as const)('%s', (_name, claims, start, checkworthy, kind, speaker) => {
    const claim = claimFor([...claims], start);
    if (checkworthy !== undefined) expect(claim.checkworthy).toBe(checkworthy);
    expect(claim.kind).toBe(kind);
    expect(claim.speaker).toBe(speaker);
  });

  it('links speakers that are organizations', () => {
    expect(claimFor(news, 'In a statement, it said').speakerOrganization).toBe('Department of Commerce');
    expect(claimFor(opinion, 'Executions rose').speakerOrganization).toBe('Amnesty International');
    expect(claimFor(news, '"We were promised growth.').speakerOrganization).toBeNull();
  });

  it('keeps abbreviations inside their sentences', () => {
    expect(claimFor(news, 'London, 3 Mar').text).toContain('by 2026.');
    expect(claimFor(news, 'In a statement').text).toContain(
      'since Jan. 1 and that exports to the U.K. rose 8 percent.',
    );
  });

  it.each([
    ['opinion-sanctions.txt', opinion],
    ['news-dateline.txt', news],
  ])('%s: valid claims, offsets into the text, ranked by score', (name, claims) => {
    const text = read(name);
    for (const claim of claims) {
      expect(ClaimSchema.safeParse(claim).success).toBe(true);
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.cues?.length ?? 0).toBeGreaterThanOrEqual(0);
    }
    const scores = claims.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('explains scores with cues', () => {
    expect(claimFor(news, 'The vote was 52 to 48.').cues).toContain('quantity');
    expect(claimFor(opinion, 'To spare the region').cues).toEqual(expect.arrayContaining(['exhortation']));
    expect(claimFor(news, '"We were promised growth.').cues).toContain('quotation');
  });

  it('returns nothing for empty or letterless text', () => {
    expect(extractClaims('')).toEqual([]);
    expect(extractClaims('... 123 --- ***')).toEqual([]);
  });

  it.each([
    ['2 MB without punctuation', 'word '.repeat(400_000)],
    ['100k periods', '.'.repeat(100_000)],
    ['100k short sentences', 'He said so. '.repeat(100_000)],
    ['unbalanced quotes', '"'.repeat(50_000) + ' “a” '.repeat(20_000)],
  ])('completes on hostile text: %s', (_name, text) => {
    const claims = extractClaims(text);
    expect(claims.length).toBeLessThanOrEqual(MAX_CLAIMS);
  });
});
