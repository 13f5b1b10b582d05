/**
 * Paints and removes highlights. Each text-node slice of a range is wrapped in its own inline
 * `<source-context-highlight>` element (so a highlight spanning paragraphs never moves block
 * elements), white-space-only slices are left alone (wrapping them would put an element inside
 * tables or lists where only white space may be), and unwrapping merges the split text back so
 * the page's text nodes are as before. DOM methods only: no HTML parsing. Pinned by
 * tests/unit/anchoring/highlight.test.ts.
 */
import { isSkippedElement, buildTextIndex, measureIndexedLength, type TextIndex } from './text-index';
import { offsetsFromRange, type BoundaryPoints } from './text-points';

/** Tag name of highlight elements (a custom element name: inline, unstyled until we style it). */
export const HIGHLIGHT_TAG = 'source-context-highlight';

/** Attribute holding the clipping id on each highlight element. */
export const HIGHLIGHT_ID_ATTRIBUTE = 'data-highlight-id';

/** What to put on each highlight element: the clipping id and an optional class. */
export interface HighlightAttributes {
  id: string;
  className?: string;
}

/** The element containing both ends of a range (its common ancestor, as an element). */
function findCommonElement(range: BoundaryPoints): Element | null {
  const ancestors = new Set<Node>();
  for (let n: Node | null = range.startContainer; n; n = n.parentNode) ancestors.add(n);
  let common: Node | null = range.endContainer;
  while (common && !ancestors.has(common)) common = common.parentNode;
  while (common && common.nodeType !== 1) common = common.parentNode;
  return common as Element | null;
}

function isInsideSkipped(element: Element): boolean {
  for (let n: Node | null = element; n; n = n.parentNode) if (isSkippedElement(n)) return true;
  return false;
}

/** Splits `node` at `offset` and returns the second half (Text.splitText where the DOM has it). */
function splitText(doc: Document, node: Text, offset: number): Text {
  if (typeof node.splitText === 'function') return node.splitText(offset);
  const rest = doc.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode?.insertBefore(rest, node.nextSibling);
  return rest;
}

/** The text-node slices of `[start, end)` of `index.text`: node plus local `[from, to)`. */
function sliceNodes(
  index: TextIndex,
  start: number,
  end: number,
): { node: Text; from: number; to: number }[] {
  const slices: { node: Text; from: number; to: number }[] = [];
  index.nodes.forEach((node, i) => {
    const nodeStart = index.starts[i] ?? 0;
    const from = Math.max(0, start - nodeStart);
    const to = Math.min(measureIndexedLength(index, i), end - nodeStart);
    if (from < to) slices.push({ node, from, to });
  });
  return slices;
}

/**
 * Wraps each non-blank text slice of `range` in a highlight element carrying `attributes.id`, and
 * returns the elements in document order ([] when the range is empty or inside our own UI).
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
  if (!offsets) return [];
  const marks: HTMLElement[] = [];
  for (const { node, from, to } of sliceNodes(index, offsets.start, offsets.end)) {
    if (node.data.slice(from, to).trim() === '') continue;
    if (to < node.data.length) splitText(doc, node, to);
    const target = from > 0 ? splitText(doc, node, from) : node;
    const mark = doc.createElement(HIGHLIGHT_TAG);
    mark.setAttribute(HIGHLIGHT_ID_ATTRIBUTE, attributes.id);
    if (attributes.className) mark.className = attributes.className;
    target.parentNode?.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
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
 * Removes highlight elements under `root` (only those of clipping `id` when given), putting their
 * content back and merging split text nodes. Returns how many elements were removed.
 */
export function unwrapHighlights(root: Element, id?: string): number {
  const marks = Array.from(root.querySelectorAll(HIGHLIGHT_TAG)).filter(
    (mark) => id === undefined || mark.getAttribute(HIGHLIGHT_ID_ATTRIBUTE) === id,
  );
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
