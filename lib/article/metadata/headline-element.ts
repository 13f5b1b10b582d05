/**
 * Finds the element that shows the article's headline, to anchor the search for a visible
 * byline and dateline: the longest `<h1>` (then `<h2>`) whose text the title contains, else
 * the only `<h1>`. Pages also use `<h1>` for the logo, a section name or a menu label, so "the
 * first `<h1>`" is not enough. Pinned by tests/unit/article/dates.test.ts and authors.test.ts.
 */
import { foldName } from './title-affixes';

/** The headline element of `doc` for `title`, or null. */
export function findHeadlineElement(doc: Document, title: string | null): Element | null {
  const key = title ? foldName(title) : '';
  for (const tag of ['h1', 'h2']) {
    // The longest heading the title contains: "Bridge reopens", not the logo "Daily Fixture".
    let best: Element | null = null;
    let bestLength = 3;
    const heads = doc.getElementsByTagName(tag);
    for (let i = 0; i < heads.length && i < 20; i++) {
      const text = foldName(heads[i]!.textContent ?? '');
      const matches = key && (key.includes(text) || text.includes(key));
      if (matches && text.length > bestLength) [best, bestLength] = [heads[i]!, text.length];
    }
    if (best) return best;
  }
  const h1s = doc.getElementsByTagName('h1');
  return h1s.length === 1 ? h1s[0]! : null;
}

/** The headline's ancestors, nearest first, up to `levels` (the article header, then wider). */
export function headlineScopes(headline: Element | null, levels = 3): Element[] {
  const scopes: Element[] = [];
  for (let up = headline?.parentElement; up && scopes.length < levels; up = up.parentElement) {
    if (up.tagName.toUpperCase() === 'BODY' || up.tagName.toUpperCase() === 'HTML') break;
    scopes.push(up);
  }
  return scopes;
}
