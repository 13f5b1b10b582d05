import { describe, expect, it } from 'vitest';
import { readKind } from '../../../lib/article/metadata/kind';

describe('readKind', () => {
  it.each([
    [['opinionnewsarticle'], [], 'https://e.example/a', 'opinion', 'json-ld'],
    [['analysisnewsarticle'], [], 'https://e.example/a', 'analysis', 'json-ld'],
    [['newsarticle'], ['Opinion'], 'https://e.example/a', 'opinion', 'section'],
    [[], ['Press Releases'], 'https://e.example/a', 'press release', 'section'],
    [[], [], 'https://e.example/opinion/2019/07/29/some-column', 'opinion', 'url'],
    [[], [], 'https://e.example/news/press-releases/new-office', 'press release', 'url'],
    [['newsarticle'], ['Local'], 'https://e.example/local/a', 'news', 'json-ld'],
  ])('%j %j %s -> %s', (types, sections, url, kind, source) => {
    expect(readKind(types, sections, url)).toEqual({ kind, source });
  });

  it('says nothing when the page does not', () => {
    expect(readKind([], ['Local'], 'https://e.example/local/bridge-reopens')).toEqual({
      kind: null,
      source: null,
    });
  });
});
