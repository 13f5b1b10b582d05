/**
 * Decides which text of a page counts for anchoring: every text node under a root in document
 * order, except inside script, style, noscript, template, textarea, iframe and object (not
 * rendered as text) and inside our own in-page UI hosts (`data-source-context`), whose text must
 * never shift the page's offsets. Text inside highlight marks counts: it is page text. Bounded by
 * MAX_INDEX_CHARS and MAX_INDEX_NODES against hostile pages. Pinned by
 * tests/unit/anchoring/text-index.test.ts.
 */
import { MAX_INDEX_CHARS, MAX_INDEX_NODES } from './limits';

/** Attribute marking our own UI hosts (shadow-root containers) in a page. */
export const UI_HOST_ATTRIBUTE = 'data-source-context';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'iframe', 'object']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The concatenated text under `root` and where each text node starts in it. */
export interface TextIndex {
  readonly root: Element;
  readonly text: string;
  /** Indexed text nodes in document order. */
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  readonly starts: readonly number[];
  /** Position of each indexed node in `nodes`. */
  readonly positions: ReadonlyMap<Node, number>;
  /** True when a cap stopped the walk: text past that point is not indexed. */
  readonly truncated: boolean;
}

/** True for a node type whose text is a page's text (Text, not comments or CDATA). */
export function isTextNode(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** True for an element whose subtree is not page text (scripts, styles, our UI hosts...). */
export function isSkippedElement(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  return SKIPPED.has(element.localName.toLowerCase()) || element.hasAttribute(UI_HOST_ATTRIBUTE);
}

/** The next node after `node`'s subtree in document order, staying inside `root`. */
export function findNodeAfter(node: Node, root: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** Walks the text nodes under `root` (document order, iterative, bounded) into a TextIndex. */
export function buildTextIndex(root: Element): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const positions = new Map<Node, number>();
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let truncated = false;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited > MAX_INDEX_NODES) {
      truncated = true;
      break;
    }
    if (isTextNode(node) && node.data.length > 0) {
      if (length + node.data.length > MAX_INDEX_CHARS) {
        truncated = true;
        break;
      }
      positions.set(node, nodes.length);
      nodes.push(node);
      starts.push(length);
      parts.push(node.data);
      length += node.data.length;
    }
    const descend = node.nodeType === ELEMENT_NODE && !isSkippedElement(node) && node.firstChild;
    node = descend ? node.firstChild : findNodeAfter(node, root);
  }
  return { root, text: parts.join(''), nodes, starts, positions, truncated };
}

/** Length of indexed node `i` when the index was built. */
export function measureIndexedLength(index: TextIndex, i: number): number {
  const next = index.starts[i + 1] ?? index.text.length;
  return next - (index.starts[i] ?? next);
}
