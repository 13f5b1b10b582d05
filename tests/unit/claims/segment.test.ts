import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../lib/claims/segment';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    [
      'two plain sentences',
      'The bill passed. It now goes to the House.',
      ['The bill passed.', 'It now goes to the House.'],
    ],
    [
      'title abbreviations',
      'Sen. Maria Lopez met Mr. Diaz and Dr. Reyes. They talked.',
      ['Sen. Maria Lopez met Mr. Diaz and Dr. Reyes.', 'They talked.'],
    ],
    [
      'dotted acronym before a name',
      'The U.S. Senate voted on Monday.',
      ['The U.S. Senate voted on Monday.'],
    ],
    [
      'dotted acronym ending a sentence',
      'The deal angered the U.S. He said so himself.',
      ['The deal angered the U.S.', 'He said so himself.'],
    ],
    [
      'month and number abbreviations',
      'It began on Jan. 5 under order No. 12. Then it stopped.',
      ['It began on Jan. 5 under order No. 12.', 'Then it stopped.'],
    ],
    ['"No." as an answer', 'Did it pass? No. It failed.', ['Did it pass?', 'No.', 'It failed.']],
    [
      'e.g. and i.e.',
      'Some groups, e.g. The Times, agreed, i.e. Most did.',
      ['Some groups, e.g. The Times, agreed, i.e. Most did.'],
    ],
    ['initials', 'John F. Kennedy won in 1960.', ['John F. Kennedy won in 1960.']],
    [
      'decimal numbers',
      'Growth was 2.5 percent. Inflation was 3.1.',
      ['Growth was 2.5 percent.', 'Inflation was 3.1.'],
    ],
    [
      'ellipsis before a capital',
      'Critics say it was rushed... The vote was close.',
      ['Critics say it was rushed...', 'The vote was close.'],
    ],
    [
      'ellipsis before lower case',
      'It was rushed... and then it passed.',
      ['It was rushed... and then it passed.'],
    ],
    [
      'question in a quote with a tag',
      '"Why now?" she asked. Nobody answered.',
      ['"Why now?" she asked.', 'Nobody answered.'],
    ],
    [
      'quotation spanning two sentences',
      '"We were promised growth. We got closures," she said.',
      ['"We were promised growth.', 'We got closures," she said.'],
    ],
    ['curly quotes', 'He said: “It is over.” Then he left.', ['He said: “It is over.”', 'Then he left.']],
    [
      'paragraph break without punctuation',
      'A heading\n\nThe body starts here.',
      ['A heading', 'The body starts here.'],
    ],
    [
      'list items',
      'Key facts:\n- The deal was signed in 2023.\n- It cut tariffs by half\n1. Third item.',
      ['Key facts:', 'The deal was signed in 2023.', 'It cut tariffs by half', 'Third item.'],
    ],
    [
      'company suffix',
      'Acme Inc. said profits rose. Acme Inc. Is not alone.',
      ['Acme Inc. said profits rose.', 'Acme Inc. Is not alone.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('keeps offsets into the text and counts paragraphs', () => {
    const text = '  First one. Second one.\n\n\nThird one.';
    const spans = splitSentences(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['Third one.', 1],
    ]);
  });

  it('marks unpunctuated lines as headings', () => {
    const spans = splitSentences('Iran sanctions bill passes\n\nThe Senate voted.');
    expect(spans.map((s) => s.isLine)).toEqual([true, false]);
  });

  it.each([
    ['2 MB without punctuation', 'word '.repeat(400_000)],
    ['2 MB without white space', 'x'.repeat(2_000_000)],
    ['100k periods', '.'.repeat(100_000)],
    ['100k spaced periods', '. '.repeat(100_000)],
    ['100k initials', 'A. '.repeat(100_000)],
    ['100k line breaks', '\n'.repeat(100_000)],
  ])('survives hostile text: %s', (_name, text) => {
    const spans = splitSentences(text);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.end).toBeLessThanOrEqual(text.length);
    }
  });
});
