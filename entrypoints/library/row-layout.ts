import { HEADING_ROW_HEIGHT } from '../../components/library/ArticleHeading';
import { DOC_ROW_HEIGHT } from '../../components/library/DocRow';
import type { RowLayout } from '../../components/library/VirtualList';

/**
 * Row positions without a per-row array: only article headings are listed, and a row's top is its
 * index times the row height, less what the headings above it save.
 */
export function createLayout(rows: Int32Array): RowLayout {
  const headings: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i]! < 0) headings.push(i);
  const headingsBefore = (index: number): number => {
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const offsetOf = (index: number): number =>
    index * DOC_ROW_HEIGHT - headingsBefore(index) * (DOC_ROW_HEIGHT - HEADING_ROW_HEIGHT);
  const indexAt = (y: number): number => {
    let lo = 0;
    let hi = Math.max(0, rows.length - 1);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsetOf(mid) <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { count: rows.length, offsetOf, indexAt };
}
