import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/organizations/tokens';

describe('tokenize', () => {
  it.each([
    ['possessive split', "Norvik's debts", ['Norvik', "'s", 'debts']],
    ['curly possessive', 'the regime’s threat', ['the', 'regime', '’s', 'threat']],
    ['initialism keeps dots', 'the U.N. said', ['the', 'U.N.', 'said']],
    ['abbreviation keeps period', 'Tarrow Corp. said', ['Tarrow', 'Corp.', 'said']],
    ['hyphenated name', 'Kaz-Invest and Itar-Tass', ['Kaz-Invest', 'and', 'Itar-Tass']],
    ['inner apostrophe', "O'Brien said", ["O'Brien", 'said']],
    ['slash pair', '(PMOI/MEK)', ['(', 'PMOI', '/', 'MEK', ')']],
    ['ampersand inside', 'AT&T and S&P', ['AT&T', 'and', 'S&P']],
    ['sentence-final period', 'It fell.', ['It', 'fell', '.']],
    ['double dash', 'a -- b', ['a', '--', 'b']],
    // words the one-call ASCII match hands back to the character scan, or ends early
    ['non-ASCII letter inside', 'Zürich and São Paulo', ['Zürich', 'and', 'São', 'Paulo']],
    ['curly inner apostrophe', 'O’Brien said', ['O’Brien', 'said']],
    ['trailing hyphen', 'pro- and anti-war', ['pro', '-', 'and', 'anti-war']],
    ['underscore splits', 'x_y 4b', ['x', '_', 'y', '4b']],
    ['number with a dot', 'rose 7.9 percent', ['rose', '7', '.', '9', 'percent']],
    ['word glued to dashes', 'a--b', ['a', '--', 'b']],
  ])('%s', (_label, text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('keeps offsets into the text', () => {
    const text = 'The NCRI (Paris) said.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    ['after a period', 'It rose. Police said', 'Police', true],
    ['mid-sentence', 'It rose as Police said', 'Police', false],
    ['after a line break', 'It rose\nPolice said', 'Police', true],
    ['after an opening quote', 'He said. "Reuters is', 'Reuters', true],
  ])('marks sentence starts %s', (_label, text, word, expected) => {
    expect(tokenize(text).find((t) => t.text === word)?.sentenceStart).toBe(expected);
  });

  it('records case features', () => {
    const [nato, iran, lower] = tokenize('NATO Iran said');
    expect([nato?.allCaps, nato?.capitalised, iran?.allCaps, iran?.capitalised, lower?.capitalised]).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});
