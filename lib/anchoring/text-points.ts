/**
 * Converts between offsets in a TextIndex's text and DOM boundary points. Offsets at a node
 * boundary resolve forwards for a start and backwards for an end, so a range never begins at the
 * end of one node or ends at the start of the next. A page that changed since the index was built
 * (a node's length differs or it left the root) gives null, never a wrong range. Pinned by
 * tests/unit/anchoring/text-index.test.ts.
 */
import { MAX_INDEX_NODES } from './limits';
import { findNodeAfter, isTextNode, measureIndexedLength, type TextIndex } from './text-index';

/** The boundary points of a range: what Range, StaticRange and plain objects all provide. */
export interface BoundaryPoints {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Index of the last indexed node starting at or before `offset` (binary search over `starts`). */
export function findIndexedNode(index: TextIndex, offset: number): number {
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((index.starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function isCurrent(index: TextIndex, i: number): boolean {
  const node = index.nodes[i];
  return !!node && node.data.length === measureIndexedLength(index, i) && index.root.contains(node);
}

/** Text-node boundary points for `[start, end)` of `index.text`, or null if out of range or stale. */
export function pointsFromOffsets(index: TextIndex, start: number, end: number): BoundaryPoints | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end) return null;
  if (end > index.text.length) return null;
  // Indexed nodes are never empty, so the node holding `start` begins at or before it.
  const first = findIndexedNode(index, start);
  const last = findIndexedNode(index, end - 1);
  const startNode = index.nodes[first];
  const endNode = index.nodes[last];
  if (!startNode || !endNode || !isCurrent(index, first) || !isCurrent(index, last)) return null;
  return {
    startContainer: startNode,
    startOffset: start - (index.starts[first] ?? 0),
    endContainer: endNode,
    endOffset: end - (index.starts[last] ?? 0),
  };
}

/** A live Range for `[start, end)` of `index.text`, created in `doc`; null if out of range or stale. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number, doc: Document): Range | null {
  const points = pointsFromOffsets(index, start, end);
  if (!points) return null;
  const range = doc.createRange();
  range.setStart(points.startContainer, points.startOffset);
  range.setEnd(points.endContainer, points.endOffset);
  return range;
}

/** Offset in `index.text` of a boundary point; null when the point is outside the root. */
function offsetOfPoint(index: TextIndex, container: Node, offset: number): number | null {
  if (container !== index.root && !index.root.contains(container)) return null;
  const position = index.positions.get(container);
  if (position !== undefined && isTextNode(container)) {
    return (index.starts[position] ?? 0) + Math.min(offset, measureIndexedLength(index, position));
  }
  let node: Node | null = isTextNode(container)
    ? findNodeAfter(container, index.root)
    : (container.childNodes[offset] ?? findNodeAfter(container, index.root));
  for (let steps = 0; node && steps < MAX_INDEX_NODES; steps++) {
    const found = index.positions.get(node);
    if (found !== undefined) return index.starts[found] ?? index.text.length;
    node = node.firstChild ?? findNodeAfter(node, index.root);
  }
  return index.text.length;
}

/** Offsets in `index.text` covered by a range (Range, StaticRange...); null if empty or outside. */
export function offsetsFromRange(
  index: TextIndex,
  range: BoundaryPoints,
): { start: number; end: number } | null {
  const start = offsetOfPoint(index, range.startContainer, range.startOffset);
  const end = offsetOfPoint(index, range.endContainer, range.endOffset);
  if (start === null || end === null || start >= end) return null;
  return { start, end };
}
