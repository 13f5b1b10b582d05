/**
 * The always-on detector's string scans against the regular expressions they replaced (kept here
 * as oracles): Readability's unlikely-candidate and `display: none` tests, the comma count, and
 * the JSON-LD marker unwrapping. Scans cost less than compiling the expressions cold on every page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readerableInternals } from '../../../lib/article/detection/readerable';
import { countCommas } from '../../../lib/article/detection/text-structure';
import { unwrapMarkers } from '../../../lib/article/json-ld';

const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const DISPLAY_NONE = /(^|;)\s*display\s*:\s*none\s*(!important\s*)?(;|$)/i;
const COMMAS = /[,،、，]/g;
const MARKERS = /^\s*(<!\[CDATA\[|<!--)|(\]\]>|-->)\s*$/g;

const textOf = (...pieces: string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

describe('detector scans equal the regular expressions they replace', () => {
  it('unlikely candidates (class and id text)', () => {
    const text = textOf(
      ' ',
      '-',
      'ad',
      '-ad-',
      'Sidebar',
      'MAIN',
      'content',
      'and',
      'comment',
      'x',
      'Pager',
      'yom-remote',
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(readerableInternals.isUnlikelyText(s)).toBe(UNLIKELY.test(s) && !MAYBE_CANDIDATE.test(s));
      }),
      { numRuns: 3_000 },
    );
  });

  it('inline display: none', () => {
    // Declaration-shaped strings: noise, then display / : / none / !important with optional
    // spaces and case changes around each part, then noise.
    const space = fc.constantFrom('', ' ', '\t ');
    const noise = textOf(';', ' ', 'x', 'color:red', ':', 'block');
    const text = fc
      .tuple(
        noise,
        fc.constantFrom('display', 'DISPLAY', 'displa', 'x-display'),
        space,
        fc.constantFrom(':', '', '::'),
        space,
        fc.constantFrom('none', 'None', 'nonex', 'block'),
        space,
        fc.constantFrom('', '!important', '! important', '!importantx', '!IMPORTANT'),
        space,
        noise,
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(readerableInternals.isDisplayNone(s)).toBe(DISPLAY_NONE.test(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it('commas', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '،', '、', '，', ' ', '.', '😀') }), (s) => {
        expect(countCommas(s)).toBe(s.match(COMMAS)?.length ?? 0);
      }),
    );
  });

  it('JSON-LD markers (same JSON once surrounding whitespace is ignored)', () => {
    const text = textOf(' ', '\n', '<![CDATA[', '<!--', ']]>', '-->', '{"a":1}', '[', ']', '>', '-');
    fc.assert(
      fc.property(text, (s) => {
        expect(unwrapMarkers(s).trim()).toBe(s.replace(MARKERS, '').trim());
      }),
      { numRuns: 3_000 },
    );
  });
});
