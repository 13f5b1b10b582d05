import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../../lib/claims/attribution';
import { isNameable, normalizeSpeaker, readSubject } from '../../../lib/claims/noun-phrases';

describe('findAttribution', () => {
  it.each([
    [
      'according to',
      'According to the Interior Ministry, 40 people were arrested.',
      'the Interior Ministry',
      'according-to',
    ],
    [
      'X said that',
      'The Foreign Ministry said that the sanctions were illegal.',
      'the Foreign Ministry',
      'reporting-verb',
    ],
    [
      'intro phrase before X said',
      'In a statement on Monday, the Foreign Ministry said the sanctions were illegal.',
      'the Foreign Ministry',
      'reporting-verb',
    ],
    ['X claimed', 'Officials claimed the strike hit only military targets.', 'Officials', 'reporting-verb'],
    [
      'pronoun and "went as far as to say"',
      'He even went as far as to say that the US created the group.',
      'He',
      'reporting-verb',
    ],
    ['pronoun after a place', 'On Twitter he said the talks were over.', 'he', 'reporting-verb'],
    [
      'progressive reporting verb',
      "Tehran's lobbies are saying that a war would follow.",
      "Tehran's lobbies",
      'reporting-verb',
    ],
    [
      'coordinated verb',
      'It was no surprise that the mullahs were unhappy and claimed it was a conspiracy.',
      'the mullahs',
      'reporting-verb',
    ],
    [
      'relative clause before the verb',
      'The company, which employs 4,000 people, said profits fell.',
      'the company',
      'reporting-verb',
    ],
    [
      'appositive before the verb',
      'Dr. Amir Tavakoli, a researcher, told the paper the figures were wrong.',
      'Dr. Amir Tavakoli',
      'reporting-verb',
    ],
    [
      'quote tag, verb first',
      '"We will not back down," said Sen. Jane Smith.',
      'Sen. Jane Smith',
      'quote-tag',
    ],
    [
      'quote tag, speaker first',
      '"It will pass," the majority leader told reporters.',
      'the majority leader',
      'quote-tag',
    ],
    ['colon before a quote', 'On state TV she went further: “They lied.”', 'she', 'quote-tag'],
    [
      'speech reported by the subject',
      "The country's Supreme Leader attacked Washington in a speech on Tuesday.",
      'the Supreme Leader',
      'speech',
    ],
  ])('%s', (_name, sentence, speaker, via) => {
    expect(findAttribution(sentence)).toEqual({ speaker, via });
  });

  it.each([
    ['no reporting at all', 'Executions rose 30 percent last year.'],
    ['vague subject', 'Many believe that the two countries are heading toward war.'],
    ['unnameable subject', 'This encounter said nothing new.'],
  ])('finds no speaker: %s', (_name, sentence) => {
    expect(findAttribution(sentence)).toBeNull();
  });
});

describe('noun phrases', () => {
  it.each([
    ['Last week, Senator John McCain went to Albania.', 'Senator John McCain'],
    ['London, 3 Mar – Sen. Maria Lopez told reporters.', 'Sen. Maria Lopez'],
    ['The Trump administration is weighing a ban.', 'the Trump administration'],
    ['The Iranian opposition, a coalition of groups, is one such threat.', 'the Iranian opposition'],
    ['Many believe it.', null],
    ['Executions rose 30 percent.', 'Executions'],
  ])('readSubject(%j)', (sentence, subject) => {
    expect(readSubject(sentence)).toBe(subject);
  });

  it.each([
    ['he', true],
    ['the minister', true],
    ['Amnesty International', true],
    ['this encounter', false],
    ['Many', false],
    ['a very long phrase that goes on and on and on without end', false],
  ])('isNameable(%j) is %s', (phrase, expected) => {
    expect(isNameable(phrase)).toBe(expected);
  });

  it('normalizes possessive and article', () => {
    expect(normalizeSpeaker("The country's Supreme Leader")).toBe('the Supreme Leader');
    expect(normalizeSpeaker("Iran's Supreme Leader,")).toBe("Iran's Supreme Leader");
  });
});
