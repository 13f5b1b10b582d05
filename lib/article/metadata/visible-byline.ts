/**
 * The byline printed on the page, for pages whose metadata names no author: elements marked
 * `itemprop=author` / `rel=author`, then `.byline`, then `.author` / `.writer`, searched near the
 * headline first (its three nearest ancestors), then in the whole page, never in comments,
 * asides, footers or navigation (except marked-up authors, which asides often hold). A name
 * must read like one (capitalised words or particles such as "van", "de"), which skips related
 * headlines ("Michael Isikoff Trump's inauguration: ...") and "About the author".
 * Pinned by tests/unit/article/authors.test.ts.
 */
import { headlineScopes } from './headline-element';

/** Where a visible byline sits, strongest markup first. */
const BYLINE_SELECTORS = [
  '[itemprop~="author"],[rel="author"]',
  '[class*="byline" i],[id*="byline" i]',
  '[class*="author" i],[class*="writer" i],[class*="p-author" i]',
];

/** A name as bylines print it: each word capitalised, or a lower-case particle ("van", "de"). */
function looksLikePersonName(name: string): boolean {
  if (/[:!?]/.test(name)) return false;
  return name
    .split(/\s+/)
    .every(
      (w) => /^[\p{Lu}\p{Lo}]/u.test(w) || /^(van|von|de|da|di|del|der|den|du|la|le|bin|al|y|e)$/.test(w),
    );
}

const OUTSIDE_ARTICLE = '[class*="comment" i],[id*="comment" i],aside,footer,nav';

/** The first usable byline under `scope`, strongest markup first. */
function bylineIn(scope: ParentNode, clean: (raw: string) => string[]): string[] {
  for (const [rank, selector] of BYLINE_SELECTORS.entries()) {
    const nodes = scope.querySelectorAll(selector);
    for (let i = 0; i < nodes.length && i < 30; i++) {
      const node = nodes[i]!;
      if (node.closest(rank === 0 ? '[class*="comment" i],[id*="comment" i]' : OUTSIDE_ARTICLE)) continue;
      const named = node.querySelector('[itemprop~="name"]') ?? node;
      const text = (named.getAttribute('content') ?? named.textContent ?? '').replace(/\s+/g, ' ').trim();
      const names = text.length > 1 && text.length < 100 ? clean(text).filter(looksLikePersonName) : [];
      if (names.length > 0) return names;
    }
  }
  return [];
}

/** The visible byline: near the headline first (within three levels of it), then anywhere. */
export function readVisibleByline(
  doc: Document,
  headline: Element | null,
  clean: (raw: string) => string[],
): string[] {
  for (const scope of headlineScopes(headline, 3)) {
    const names = bylineIn(scope, clean);
    if (names.length > 0) return names;
  }
  return bylineIn(doc, clean);
}
