/**
 * Turns extracted content into paragraphs: every block element (p, div, li, h2, blockquote, table
 * row...) and every `<br>` ends a paragraph, table cells are joined by spaces, whitespace is
 * collapsed. Iterative, so a deeply nested tree cannot overflow the stack.
 * Pinned by tests/unit/article/serialize.test.ts.
 */

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);
const CELLS = new Set(['TD', 'TH']);

/** Paragraph texts of `root` in document order (whitespace collapsed, empty ones dropped). */
export function serializeParagraphs(root: Node, maxChars = 2_000_000): string[] {
  const paragraphs: string[] = [];
  let line = '';
  let total = 0;
  const flush = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (text && total < maxChars) {
      paragraphs.push(text);
      total += text.length + 2;
    }
  };
  // Each stack entry is a node to visit or, for a closing block, the marker `null`.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (CELLS.has(tag)) line += ' ';
    const isBlock = BLOCKS.has(tag);
    if (isBlock) {
      flush();
      stack.push(null);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  return paragraphs;
}
