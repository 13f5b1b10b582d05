/**
 * Size and depth limits for the full extraction pass. Hostile or degenerate pages (tens of
 * thousands of elements, nesting thousands deep, megabytes of text, framesets) would make
 * Readability run away or overflow the stack, so the DOM is measured first, iteratively and
 * with an early exit. Pinned by tests/unit/article/hostile.test.ts.
 */

/** Element count above which Readability is not run (real article pages have 1-10 thousand). */
export const MAX_ELEMENTS = 20_000;
/** Nesting depth above which Readability is not run (real pages stay under 100). */
export const MAX_DEPTH = 400;
/** Characters of page text above which Readability is not run (long reads are ~100,000). */
export const MAX_PAGE_CHARS = 1_500_000;

/** Why a page is refused for extraction. */
export type Refusal =
  'no-document-element' | 'no-body' | 'frameset' | 'too-many-elements' | 'too-deep' | 'too-much-text';

/** The page's `<body>`, also in XHTML documents where `doc.body` may be missing. */
export function bodyOf(doc: Document): Element | null {
  return doc.body ?? doc.querySelector('body');
}

function measureTree(root: Element): Refusal | null {
  let count = 0;
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    if (++count > MAX_ELEMENTS) return 'too-many-elements';
    const child: Element | null = node.firstElementChild;
    if (child) {
      if (++depth > MAX_DEPTH) return 'too-deep';
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) break;
    node = node.nextElementSibling;
  }
  return null;
}

/** Why `doc` should not go through Readability, or null when it is within every limit. */
export function checkDomLimits(doc: Document): Refusal | null {
  const root = doc.documentElement;
  if (!root) return 'no-document-element';
  if (doc.querySelector('frameset')) return 'frameset';
  const body = bodyOf(doc);
  if (!body) return 'no-body';
  const tree = measureTree(root);
  if (tree) return tree;
  return (body.textContent ?? '').length > MAX_PAGE_CHARS ? 'too-much-text' : null;
}
