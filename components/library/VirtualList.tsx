import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Where rows are: row count, each row's top, the row at a height, and the total height. */
export interface RowLayout {
  count: number;
  offsetOf: (index: number) => number;
  indexAt: (y: number) => number;
}

export interface VirtualListProps {
  layout: RowLayout;
  renderRow: (index: number) => ComponentChildren;
  /** Index of the row holding keyboard focus. */
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  /** Told which rows are on screen (start inclusive, end exclusive). */
  onRangeChange: (start: number, end: number) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  label: string;
  busy: boolean;
  overscan?: number;
}

const STEPS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 8, PageUp: -8 };

/** A scrolling feed that renders only the rows on screen (100,000 rows stay fast). */
export function VirtualList(props: VirtualListProps) {
  const { layout, activeIndex, overscan = 4 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(800);
  const rows = layout.count;
  const first = Math.max(0, layout.indexAt(top) - overscan);
  const last = Math.min(rows, layout.indexAt(top + height) + 1 + overscan);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Height from a ResizeObserver, never read after a render: no forced layout per keystroke.
    const observer = new ResizeObserver(([entry]) => setHeight(entry?.contentRect.height || 800));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useEffect(() => props.onRangeChange(first, last), [first, last, layout]);
  useEffect(() => {
    const el = scroller.current;
    if (!el || activeIndex >= rows) return;
    const rowTop = layout.offsetOf(activeIndex);
    const rowBottom = layout.offsetOf(activeIndex + 1);
    if (rowTop < el.scrollTop) el.scrollTop = rowTop;
    else if (rowBottom > el.scrollTop + height) el.scrollTop = rowBottom - height;
  }, [activeIndex]);

  const onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox') return;
    if (event.key in STEPS || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const next =
        event.key === 'Home' ? 0 : event.key === 'End' ? rows - 1 : activeIndex + STEPS[event.key]!;
      props.onActiveIndexChange(Math.max(0, Math.min(rows - 1, next)));
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLElement>('[tabindex="0"].active')?.focus(),
      );
      return;
    }
    props.onKeyDown?.(event);
  };

  const items: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    const y = layout.offsetOf(i);
    items.push(
      <div
        class="virtual-row"
        key={i}
        data-row={i}
        style={{ transform: `translateY(${y}px)`, height: `${layout.offsetOf(i + 1) - y}px` }}
      >
        {props.renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      class="virtual-scroller"
      ref={scroller}
      role="feed"
      aria-label={props.label}
      aria-busy={props.busy}
      data-testid="library-list"
      onScroll={(e) => setTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="virtual-space" style={{ height: `${layout.offsetOf(rows)}px` }}>
        {items}
      </div>
    </div>
  );
}
