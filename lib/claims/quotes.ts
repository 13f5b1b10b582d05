/**
 * Quotations: the spans of text between opening and closing quotation marks, so that every
 * sentence of a quote spanning several sentences can share the speaker named in its tag
 * ("..." the senator said). Curly marks pair directly; a straight " opens after white space or
 * an opening bracket and closes otherwise. A paragraph break closes any open quote (news style
 * reopens the quote in the next paragraph). Pinned by tests/unit/claims/quotes.test.ts.
 */

/** `text.slice(start, end)` is the quotation including its marks (unclosed: to paragraph end). */
export interface QuoteSpan {
  start: number;
  end: number;
}

function isOpeningContext(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charAt(i - 1);
  return /[\s([{\u2014\u2013:-]/.test(before);
}

/** Quotation spans of `text` in order; nested quotes are part of the outer span. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  const pattern = /[“”"«»]|\n\s*\n/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const mark = m[0];
    const i = m.index;
    if (mark.startsWith('\n')) {
      if (open >= 0) spans.push({ start: open, end: i });
      open = -1;
    } else if (open < 0) {
      if (mark === '“' || mark === '«' || (mark === '"' && isOpeningContext(text, i))) open = i;
    } else if (mark === '”' || mark === '»' || mark === '"') {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

/** Index into `spans` of the quotation that overlaps `[start, end)`, or -1. */
export function findQuoteAt(spans: readonly QuoteSpan[], start: number, end: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (span.end <= start) lo = mid + 1;
    else if (span.start >= end) hi = mid - 1;
    else return mid;
  }
  return -1;
}
