/**
 * Wraps many spans of one TextIndex in highlight elements in a single pass: no index is rebuilt
 * per span and no node is searched linearly. Each indexed text node remembers the pieces our own
 * splits cut it into, so spans stay valid whatever order they are drawn in, including spans that
 * share a text node or overlap (the later one nests inside the earlier one's elements, as when
 * each is drawn on a fresh index). A span touching a node the page changed since indexing is not
 * drawn at all: never a highlight in the wrong place. Pinned by
 * tests/unit/anchoring/highlight.test.ts.
 */
import { isSkippedElement, measureIndexedLength, type TextIndex } from './text-index';
import { findIndexedNode } from './text-points';

/** Tag name of highlight elements (a custom element name: inline, unstyled until we style it). */
export const HIGHLIGHT_TAG = 'source-context-highlight';

/** Attribute holding the clipping id on each highlight element. */
export const HIGHLIGHT_ID_ATTRIBUTE = 'data-highlight-id';

/** What to put on each highlight element: the clipping id and an optional class. */
export interface HighlightAttributes {
  id: string;
  className?: string;
}

/** A span of `index.text` to wrap, with its elements' attributes. */
export interface SpanToWrap extends HighlightAttributes {
  start: number;
  end: number;
}

/** The text nodes an indexed node is now split into: `nodes[k]` starts at `offsets[k]` in it. */
interface Pieces {
  offsets: number[];
  nodes: Text[];
}

/** True when `node` or one of its ancestors is not page text (script, style, our UI...). */
export function isInsideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (isSkippedElement(n)) return true;
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

/** The pieces of indexed node `i`, or null when the page changed it since it was indexed. */
function piecesOf(index: TextIndex, tracked: Map<number, Pieces | null>, i: number): Pieces | null {
  let pieces = tracked.get(i);
  if (pieces === undefined) {
    const node = index.nodes[i];
    const isCurrent =
      !!node && node.data.length === measureIndexedLength(index, i) && index.root.contains(node);
    pieces = isCurrent ? { offsets: [0], nodes: [node] } : null;
    tracked.set(i, pieces);
  }
  return pieces;
}

/** Wraps each non-blank piece of `[from, to)` of one indexed node; elements in document order. */
function wrapPieces(
  doc: Document,
  pieces: Pieces,
  from: number,
  to: number,
  attributes: HighlightAttributes,
): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (let k = pieces.nodes.length - 1; k >= 0; k--) {
    const node = pieces.nodes[k]!;
    const offset = pieces.offsets[k]!;
    const pieceFrom = Math.max(0, from - offset);
    const pieceTo = Math.min(node.data.length, to - offset);
    if (pieceFrom >= pieceTo || node.data.slice(pieceFrom, pieceTo).trim() === '') continue;
    if (pieceTo < node.data.length) {
      pieces.nodes.splice(k + 1, 0, splitText(doc, node, pieceTo));
      pieces.offsets.splice(k + 1, 0, offset + pieceTo);
    }
    let target = node;
    if (pieceFrom > 0) {
      target = splitText(doc, node, pieceFrom);
      pieces.nodes.splice(k + 1, 0, target);
      pieces.offsets.splice(k + 1, 0, offset + pieceFrom);
    }
    const mark = doc.createElement(HIGHLIGHT_TAG);
    mark.setAttribute(HIGHLIGHT_ID_ATTRIBUTE, attributes.id);
    if (attributes.className) mark.className = attributes.className;
    target.parentNode?.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks.reverse();
}

/** Wraps one span: nothing at all when any node it covers changed since indexing. */
function wrapSpan(
  doc: Document,
  index: TextIndex,
  tracked: Map<number, Pieces | null>,
  span: SpanToWrap,
): HTMLElement[] {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end) return [];
  if (end > index.text.length) return [];
  const first = findIndexedNode(index, start);
  const last = findIndexedNode(index, end - 1);
  const all: Pieces[] = [];
  for (let i = first; i <= last; i++) {
    const pieces = piecesOf(index, tracked, i);
    if (!pieces) return [];
    all.push(pieces);
  }
  return all.flatMap((pieces, k) => {
    const nodeStart = index.starts[first + k]!;
    return wrapPieces(doc, pieces, start - nodeStart, end - nodeStart, span);
  });
}

/**
 * Wraps each span's non-blank text slices in highlight elements carrying its id, and returns
 * each span's elements in document order ([] for a span that is empty, out of range or stale, and
 * for every span when the index is inside our own UI or other non-text).
 */
export function wrapSpans(doc: Document, index: TextIndex, spans: readonly SpanToWrap[]): HTMLElement[][] {
  if (isInsideSkipped(index.root)) return spans.map(() => []);
  const tracked = new Map<number, Pieces | null>();
  return spans.map((span) => wrapSpan(doc, index, tracked, span));
}
