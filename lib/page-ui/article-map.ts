/**
 * Maps offsets in the article text (Readability's paragraphs, joined by blank lines) to offsets in
 * the live page's text, once per page: each article paragraph is found in the page text in order
 * (white space folded on both sides), so any span inside found paragraphs maps in O(1). Spans that
 * do not map (a paragraph the page lacks) fall back to a quote search (lib/page-ui/place.ts).
 * Pinned by tests/unit/page-ui/article-map.test.ts.
 */

/** White space folded to one space; `toOriginal[i]` is where folded char i came from. */
interface Folded {
  text: string;
  toOriginal: Int32Array;
}

const SPACE = /[\s\u00a0]/;

function fold(text: string, from = 0, to = text.length): Folded {
  const chars: string[] = [];
  const toOriginal = new Int32Array(to - from + 1);
  let n = 0;
  let lastSpace = true;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      if (lastSpace) continue;
      lastSpace = true;
      chars.push(' ');
    } else {
      lastSpace = false;
      chars.push(c);
    }
    toOriginal[n++] = i;
  }
  toOriginal[n] = to;
  return { text: chars.join(''), toOriginal: toOriginal.subarray(0, n + 1) };
}

interface Placed {
  /** Paragraph span in the article text. */
  start: number;
  end: number;
  /** For each article offset in the paragraph, the page-text offset (or -1 for folded white space). */
  toPage: Int32Array;
}

export interface ArticleMap {
  /** Page-text span of the article-text span [start, end), or null when it cannot be mapped. */
  toPage: (start: number, end: number) => { start: number; end: number } | null;
  /** How many of the article's paragraphs were found in the page. */
  found: number;
  total: number;
}

/** Builds the article -> page offset map (bounded: at most 5,000 paragraphs). */
export function mapArticleToPage(articleText: string, pageText: string): ArticleMap {
  const page = fold(pageText);
  const placed: Placed[] = [];
  let cursor = 0;
  let total = 0;
  let at = 0;
  for (const paragraph of articleText.split('\n\n').slice(0, 5_000)) {
    const start = at;
    at += paragraph.length + 2;
    const folded = fold(articleText, start, start + paragraph.length);
    const key = folded.text.trim();
    if (key.length === 0) continue;
    total++;
    const lead = folded.text.length - folded.text.trimStart().length;
    const found = page.text.indexOf(key, cursor);
    if (found < 0) continue;
    cursor = found + key.length;
    const toPage = new Int32Array(paragraph.length + 1).fill(-1);
    for (let k = 0; k < key.length; k++) {
      const articleOffset = folded.toOriginal[k + lead]! - start;
      toPage[articleOffset] = page.toOriginal[found + k]!;
    }
    toPage[paragraph.length] = page.toOriginal[found + key.length - 1]! + 1;
    placed.push({ start, end: start + paragraph.length, toPage });
  }
  const pointFor = (offset: number, isEnd: boolean): number | null => {
    const p = placed.find((q) => offset >= q.start && offset <= q.end);
    if (!p) return null;
    if (isEnd) {
      for (let i = offset - p.start - 1; i >= 0; i--) if (p.toPage[i]! >= 0) return p.toPage[i]! + 1;
      return null;
    }
    for (let i = offset - p.start; i <= p.end - p.start; i++) if (p.toPage[i]! >= 0) return p.toPage[i]!;
    return null;
  };
  return {
    found: placed.length,
    total,
    toPage(start, end) {
      if (!(start >= 0 && end > start)) return null;
      const s = pointFor(start, false);
      const e = pointFor(end, true);
      return s !== null && e !== null && e > s ? { start: s, end: e } : null;
    },
  };
}
