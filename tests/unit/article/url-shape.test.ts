import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreUrlShape, urlShapeInternals } from '../../../lib/article/detection/url-shape';

describe('scoreUrlShape', () => {
  it.each([
    ['https://news.example.com/', 'url-home'],
    ['https://news.example.com/en/', 'url-home'],
    ['https://news.example.com/index.html', 'url-home'],
    ['https://news.example.com/tag/transport', 'url-listing'],
    ['https://news.example.com/news/topics/science', 'url-listing'],
    ['https://news.example.com/category/health/mental-health.html', 'url-listing'],
    ['https://news.example.com/section/world-news', 'url-listing'],
    ['https://news.example.com/search?q=bridge', 'url-listing'],
    ['https://news.example.com/video/bridge-reopens-at-last-482910', 'url-media'],
    ['https://news.example.com/news/av/world-12345678/storm-hits-the-coast', 'url-media'],
    ['https://news.example.com/pictures/festival-highlights-and-winners/', 'url-media'],
    ['https://news.example.com/news/mayor-opens-festival-slideshow-154358504.html', 'url-media'],
    ['https://news.example.com/news/week-in-pictures', 'url-media'],
    ['https://forum.example.com/r/city/comments/abc123/some_thread_title/', 'url-forum'],
    ['https://shop.example.com/products/model-kit', 'url-shop'],
    ['https://food.example.com/recipes/fish-stew-recipe-123456', 'url-shop'],
    ['https://news.example.com/world', 'url-short-path'],
  ])('%s points away from an article (%s)', (url, signal) => {
    const shape = scoreUrlShape(url);
    expect(shape.signals).toContain(signal);
    expect(shape.score).toBeLessThan(0);
  });

  it.each([
    ['https://news.example.com/2019/05/24/asia/climbers-on-everest/index.html', 'url-dated'],
    [
      'https://news.example.com/politics/house-chairman-appears-to-faint-at-event/story?id=63258876',
      'url-long-slug',
    ],
    ['https://news.example.com/news/uk-england-hampshire-48397401', 'url-id'],
    ['https://headlines.example.jp/hl?a=20170309-35097838-cnetj-sci', 'url-id'],
  ])('%s points towards an article (%s)', (url, signal) => {
    const shape = scoreUrlShape(url);
    expect(shape.signals).toContain(signal);
    expect(shape.score).toBeGreaterThan(0);
  });

  it.each([[undefined], [null], ['not a url'], ['ftp://example.com/2019/05/24/a-b-c-d-e']])(
    'says nothing about %s',
    (url) => {
      expect(scoreUrlShape(url)).toEqual({ score: 0, signals: [] });
    },
  );
});

/**
 * The shapes are string scans rather than regular expressions (cheaper on the detector's cold
 * first run); these are the regular expressions they replaced, kept here as the oracle.
 */
describe('url-shape scans equal the regular expressions they replace', () => {
  const oracle = {
    isMediaSlug: (s: string) => /(^|[-_])(slideshow|gallery|in-pictures|in-photos)([-_.]|$)/.test(s),
    isLocale: (s: string) => /^[a-z]{2}(-[a-z]{2})?$/.test(s),
    isDated: (s: string) => /\/(19[89]\d|20[0-4]\d)[/-](0?[1-9]|1[0-2])([/-]|$)/.test(s),
    slugWords: (s: string) =>
      s
        .replace(/\.(html?|php|aspx?|shtml)$/, '')
        .split(/[-_+]+/)
        .filter((w) => /^[a-z][a-z'’]*$/.test(w)),
    hasLongId: (s: string) => /(^|\D)\d{5,}(\D|$)/.test(s) || /[0-9a-f]{16,}/.test(s),
    hasIdParameter: (s: string) => /=[^&]*\d{5,}/.test(s),
  };
  // Strings over the pieces that matter to each shape, so that the interesting cases are hit often.
  const general = fc.constantFrom(
    ..."0123456789abcdefz/-_+.=&?’'".split(''),
    'slideshow',
    'gallery',
    'in-pictures',
    'in-photos',
    '.html',
    '.htm',
    '.shtml',
    '.aspx',
    '.php',
    'É',
  );
  const datedPieces = fc.constantFrom(
    ...'/-/-x0123456789'.split(''),
    '/2024',
    '/1979',
    '/1980',
    '/2049',
    '/2050',
    '12',
    '13',
    '05',
    '00',
    '10',
    '1',
  );
  const textOf = (piece: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

  for (const name of Object.keys(oracle) as (keyof typeof oracle)[]) {
    it(name, () => {
      fc.assert(
        fc.property(textOf(name === 'isDated' ? datedPieces : general), (s) => {
          expect(urlShapeInternals[name](s)).toEqual(oracle[name](s));
        }),
        { numRuns: 3_000 },
      );
    });
  }

  it('agrees on the cases that tell the branches apart', () => {
    for (const s of ['/2024/5', '/2024-10-', '/2024/1', '/2024/10x', '/2024/00', '/1999/12/', '/2049-9']) {
      expect(urlShapeInternals.isDated(s), s).toBe(oracle.isDated(s));
    }
    for (const s of ['a=1&12345', 'p=a12345', '12345=1', 'x=1234&5']) {
      expect(urlShapeInternals.hasIdParameter(s), s).toBe(oracle.hasIdParameter(s));
    }
  });
});
