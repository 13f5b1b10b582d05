/**
 * A publication date printed near the headline: `<time datetime>`, elements named like dates
 * (`.date`, `.timestamp`, `.published`, `.dateline`, `.byline`) with a `datetime`,
 * `data-datetime` or `data-seconds` attribute or a readable text ("London, 20 Apr", "PUBLISHED:
 * 10:48, Tue, Nov 19, 2019", "26.05.2019"), searched in the headline's ancestors, nearest first,
 * and only before the first paragraph of the story (so an infobox or a list of dates further
 * down is never read). Pinned by tests/unit/article/dates.test.ts.
 */
import { headlineScopes } from './headline-element';
import { parseDate } from './parse-date';

const DATELINE =
  'time[datetime],[data-datetime],[data-seconds],[class*="date" i],[class*="time" i],[class*="published" i],[class*="byline" i]';
const OUTSIDE = 'nav, aside, footer, table, [class*="comment" i]';

/** A machine-readable date attribute of `el`, parsed. */
function readAttribute(el: Element, fallbackYear: number | null): string | null {
  const raw =
    el.getAttribute('datetime') ?? el.getAttribute('data-datetime') ?? el.getAttribute('data-seconds');
  return parseDate(raw, fallbackYear);
}

/** The visible text of `el`, parsed when it is short enough to be a dateline. */
function readText(el: Element, fallbackYear: number | null): string | null {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length >= 5 && text.length <= 120 ? parseDate(text, fallbackYear) : null;
}

/** Date elements of `scope` before its first paragraph of prose, outside nav/aside/footer/tables. */
function candidatesIn(scope: Element): Element[] {
  const prose = firstProseIn(scope);
  const out: Element[] = [];
  const found = scope.querySelectorAll(DATELINE);
  for (let i = 0; i < found.length && out.length < 40; i++) {
    const el = found[i]!;
    if (prose && prose.compareDocumentPosition(el) & 4) break;
    if (!el.closest(OUTSIDE)) out.push(el);
  }
  return out;
}

function firstProseIn(scope: Element): Element | undefined {
  return Array.from(scope.getElementsByTagName('p')).find((p) => (p.textContent ?? '').length > 120);
}

/** The first readable date near `headline` (attributes before visible text), or null. */
export function readVisibleDateline(headline: Element | null, fallbackYear: number | null): string | null {
  for (const scope of headlineScopes(headline, 4)) {
    const candidates = candidatesIn(scope);
    for (const read of [readAttribute, readText]) {
      for (const el of candidates) {
        const value = read(el, fallbackYear);
        if (value) return value;
      }
    }
  }
  return null;
}
