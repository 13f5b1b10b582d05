/**
 * Port of Readability's `isProbablyReaderable` (mozilla/readability, Readability-readerable.js,
 * Apache-2.0) split into a per-node test and a score, so text-structure.ts can share one pass
 * (and one `textContent` per node) with its own measures, and the content script need not bundle
 * all of Readability. Its verdict equals upstream's on every page of the detection corpus.
 * Pinned by the parity cases in tests/unit/article/text-structure.test.ts.
 */

// Readability's unlikely/maybe-candidate patterns as word lists: the detector runs cold on every
// page, and substring scans cost far less there than compiling the regular expressions
// (tests/unit/article/text-structure.test.ts checks them against Readability's expressions).
const UNLIKELY = (
  '-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|' +
  'legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|' +
  'ad-break|agegate|pagination|pager|popup|yom-remote'
).split('|');
const MAYBE_CANDIDATE = 'and|article|body|column|content|main|shadow'.split('|');

const containsAny = (haystack: string, words: readonly string[]): boolean =>
  words.some((word) => haystack.includes(word));

/** An inline `display: none` (optionally `!important`) among the declarations of `style`. */
function isDisplayNone(style: string): boolean {
  for (const declaration of style.split(';')) {
    let rest = declaration.trim().toLowerCase();
    if (!rest.startsWith('display')) continue;
    rest = rest.slice(7).trimStart();
    if (rest[0] !== ':') continue;
    rest = rest.slice(1).trimStart();
    if (!rest.startsWith('none')) continue;
    rest = rest.slice(4).trim();
    if (rest === '' || rest === '!important') return true;
  }
  return false;
}

/** Readability's default `minContentLength`: shorter nodes do not count. */
export const READERABLE_MIN_LENGTH = 140;
/** Readability's default `minScore`: a page whose total passes it is readerable. */
export const READERABLE_MIN_SCORE = 20;

/** Readability's visibility test on attributes only (inline `display: none`, `hidden`, `aria-hidden`). */
export function isVisible(el: Element): boolean {
  const style = el.getAttribute('style');
  if (style && isDisplayNone(style)) return false;
  if (el.hasAttribute('hidden')) return false;
  return (
    el.getAttribute('aria-hidden') !== 'true' || (el.getAttribute('class') ?? '').includes('fallback-image')
  );
}

/** Readability's unlikely-candidate test on an element's class and id text. */
function isUnlikelyText(classAndId: string): boolean {
  const match = classAndId.toLowerCase();
  return containsAny(match, UNLIKELY) && !containsAny(match, MAYBE_CANDIDATE);
}

function isUnlikely(el: Element): boolean {
  return isUnlikelyText(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

function isInsideListItem(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'P') return false;
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (up.tagName.toUpperCase() === 'LI') return true;
  }
  return false;
}

/**
 * What one candidate node (p, pre, article, or a div holding a br) adds to the readerable score,
 * given its trimmed text length: `sqrt(length - 140)` when it is visible, likely and long enough.
 */
export function readerableScore(el: Element, textLength: number): number {
  if (textLength < READERABLE_MIN_LENGTH) return 0;
  if (!isVisible(el) || isUnlikely(el) || isInsideListItem(el)) return 0;
  return Math.sqrt(textLength - READERABLE_MIN_LENGTH);
}

export const readerableInternals = { isDisplayNone, isUnlikelyText };
