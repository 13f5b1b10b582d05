/**
 * Issue 11, test 1 (generated half): hostile HTML documents through the page pipeline
 * (`extractPage(parseDocument(html), url)` then `addTextAnalysis`). Every document must give a
 * PageContext valid under its schema, about the URL asked for, identical on a second run, within
 * a linear budget of DOM calls and output size, and must not pollute Object.prototype.
 * ~1,000 seeded runs by default; FUZZ_RUNS=10000 for the long run.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { installDomStepCounter } from './dom-steps';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, fuzzRuns } from './fuzz-config';
import { hostileHtml, MAX_DOC_CHARS, pageUrl } from './html-arbitrary';
import { runTwiceAndCheck } from './pipeline';

beforeAll(installDomStepCounter);

describe('hostile generated pages through extractPage + addTextAnalysis', () => {
  it(
    'never throw, give a valid, bounded, deterministic PageContext',
    () => {
      let articles = 0;
      fc.assert(
        fc.property(hostileHtml, pageUrl, (html, url) => {
          expect(html.length).toBeLessThanOrEqual(MAX_DOC_CHARS);
          if (runTwiceAndCheck(html, url).context.isArticle) articles++;
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: fuzzRuns(1_000), seed: FUZZ_SEED, maxSkipsPerRun: 10 },
      );
      // The generator must keep reaching the article path (Readability, organizations, claims).
      expect(articles).toBeGreaterThan(fuzzRuns(1_000) / 10);
    },
    FUZZ_TIMEOUT_MS,
  );

  it.each([
    ['empty', ''],
    ['only a doctype', '<!doctype html>'],
    ['only text', 'plain text, no markup at all'],
    ['only a comment', '<!-- nothing -->'],
    ['only a closing tag', '</div>'],
  ])('a document that is %s is "not an article", not an exception', (_name, html) => {
    expect(runTwiceAndCheck(html, 'https://example.com/a').context.isArticle).toBe(false);
  });

  it.each([
    ['a lone "<p>"', '<p>'],
    ['only an svg', '<svg><script>alert(1)</script></svg>'],
  ])('a document that is %s is "not an article"', (_name, html) => {
    expect(runTwiceAndCheck(html, 'https://example.com/a').context.isArticle).toBe(false);
  });
});
