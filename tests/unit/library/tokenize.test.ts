import { describe, expect, it } from 'vitest';
import { indexTokens, tokenize } from '../../../lib/library/tokenize';
import { parseQuery } from '../../../lib/library/query';

describe('tokenize', () => {
  it.each([
    ['Société Générale', ['societe', 'generale']],
    ["Iran's PMOI/MEK", ['iran', 's', 'pmoi', 'mek']],
    ['<img src=x onerror=alert(1)>', ['img', 'src', 'x', 'onerror', 'alert', '1']],
    ['北京大学', ['北京', '京大', '大学']],
    ['ÅNGSTRÖM 92%', ['angstrom', '92']],
    ['Senate VOTES 2024: re-vote_now', ['senate', 'votes', '2024', 're', 'vote', 'now']],
    [`${'Ab'.repeat(20)} ${'É'.repeat(40)}`, ['ab'.repeat(16), 'e'.repeat(32)]],
    ['İstanbul ﬁne', ['istanbul', 'fine']],
  ])('%s', (text, tokens) => expect(tokenize(text)).toEqual(tokens));

  it('indexes distinct tokens without stop words or single letters', () => {
    expect(indexTokens(['The Senate and the senate', 'a 9 x'])).toEqual(['senate', '9']);
  });
});

describe('parseQuery', () => {
  it('treats the last word as a prefix while it is being typed', () => {
    expect(parseQuery('senate sanc')).toEqual({ terms: ['senate'], prefix: 'sanc', excluded: [] });
    expect(parseQuery('senate sanc ')).toEqual({ terms: ['senate', 'sanc'], prefix: null, excluded: [] });
  });
  it('drops stop words from full terms and reads -word as an exclusion', () => {
    expect(parseQuery('the rally -paris ')).toEqual({ terms: ['rally'], prefix: null, excluded: ['paris'] });
  });
  it('folds accents in queries as in the index', () => {
    expect(parseQuery('Générale').prefix).toBe('generale');
  });
});
