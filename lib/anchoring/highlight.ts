/**
 * Paints and removes highlights. Each text-node slice of a range is wrapped in its own inline
 * `<source-context-highlight>` element (so a highlight spanning paragraphs never moves block
 * elements), white-space-only slices are left alone (wrapping them would put an element inside
 * tables or lists where only white space may be), and unwrapping merges the split text back so
 * the page's text nodes are as before. DOM methods only: no HTML parsing. Pinned by
 * tests/unit/anchoring/highlight.test.ts.
 */
import { buildTextIndex } from './text-index';
import { offsetsFromRange, type BoundaryPoints } from './text-points';
import {
  HIGHLIGHT_ID_ATTRIBUTE,
  HIGHLIGHT_TAG,
  isInsideSkipped,
  wrapSpans,
  type HighlightAttributes,
} from './wrap-spans';

export { HIGHLIGHT_ID_ATTRIBUTE, HIGHLIGHT_TAG, wrapSpans, type HighlightAttributes };

/** The element containing both ends of a range (its common ancestor, as an element). */
function findCommonElement(range: BoundaryPoints): Element | null {
  const ancestors = new Set<Node>();
  for (let n: Node | null = range.startContainer; n; n = n.parentNode) ancestors.add(n);
  let common: Node | null = range.endContainer;
  while (common && !ancestors.has(common)) common = common.parentNode;
  while (common && common.nodeType !== 1) common = common.parentNode;
  return common as Element | null;
}

/**
 * Wraps each non-blank text slice of `range` in a highlight element carrying `attributes.id`, and
 * returns the elements in document order ([] when the range is empty or inside our own UI). For
 * many passages of one page, wrapSpans over one index does the same work once.
 */
export function wrapRange(
  doc: Document,
  range: BoundaryPoints,
  attributes: HighlightAttributes,
): HTMLElement[] {
  const root = findCommonElement(range);
  if (!root || isInsideSkipped(root)) return [];
  const index = buildTextIndex(root);
  const offsets = offsetsFromRange(index, range);
  return offsets ? (wrapSpans(doc, index, [{ ...offsets, ...attributes }])[0] ?? []) : [];
}

/** Joins a text node with its adjacent text siblings (what our splits created). */
function mergeAdjacentText(node: Node | null): void {
  if (!node || node.nodeType !== 3 || !node.parentNode) return;
  let text = node as Text;
  for (let prev = text.previousSibling; prev && prev.nodeType === 3; prev = text.previousSibling) {
    (prev as Text).appendData(text.data);
    text.remove();
    text = prev as Text;
  }
  for (let next = text.nextSibling; next && next.nodeType === 3; next = text.nextSibling) {
    text.appendData((next as Text).data);
    next.parentNode?.removeChild(next);
  }
}

/**
 * Removes highlight elements under `root` (only those of clipping `id`, or of the clippings in a
 * list, when given), putting their content back and merging split text nodes. Returns how many
 * elements were removed.
 */
export function unwrapHighlights(root: Element, id?: string | readonly string[]): number {
  const ids = typeof id === 'string' ? new Set([id]) : id && new Set(id);
  if (ids?.size === 0) return 0;
  const marks = Array.from(root.querySelectorAll(HIGHLIGHT_TAG)).filter((mark) => {
    const value = mark.getAttribute(HIGHLIGHT_ID_ATTRIBUTE);
    return !ids || (value !== null && ids.has(value));
  });
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const first = mark.firstChild;
    const last = mark.lastChild;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    mergeAdjacentText(first);
    mergeAdjacentText(last);
  }
  return marks.length;
}
