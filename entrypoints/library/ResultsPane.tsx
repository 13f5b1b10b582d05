/**
 * The result list of the library page: the selection toolbar and the virtualized feed of article
 * headings and clippings, fetching the records of the rows on screen. Keyboard: arrows or j/k
 * move between rows, Space or x selects, Enter opens the source at the passage.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isOrphanedDoc, type Catalog } from '../../lib/library/catalog';
import { headingPage } from '../../lib/library/run-view';
import { ArticleHeading } from '../../components/library/ArticleHeading';
import { BulkBar } from '../../components/library/BulkBar';
import { DocRow } from '../../components/library/DocRow';
import { VirtualList } from '../../components/library/VirtualList';
import { createLayout } from './row-layout';
import type { Bulk } from './use-bulk';
import type { RecordCache } from './use-records';

export interface ResultsPaneProps {
  catalog: Catalog;
  docs: Int32Array;
  rows: Int32Array;
  records: RecordCache;
  bulk: Bulk;
  empty: boolean;
  loading: boolean;
  onExportSelection: (keys: string[]) => void;
  onRowsShown: () => void;
  /** Told once, when the first rows (or the empty state) are on screen. */
  onFirstPaint: () => void;
}

export function ResultsPane(props: ResultsPaneProps) {
  const { catalog, docs, rows, records, bulk } = props;
  const layout = useMemo(() => createLayout(rows), [rows]);
  // The active row belongs to one set of rows; new rows start at their first doc (no extra render).
  const [activeIn, setActiveIn] = useState<{ rows: Int32Array; index: number }>({ rows, index: 0 });
  const active = activeIn.rows === rows ? activeIn.index : rows.length > 0 && rows[0]! < 0 ? 1 : 0;
  const setActive = (index: number): void => setActiveIn({ rows, index });
  const painted = useRef(false);

  useEffect(() => {
    if (!painted.current && props.empty) {
      painted.current = true;
      requestAnimationFrame(() => {
        performance.mark('sc-library-painted');
        props.onFirstPaint();
      });
    }
  }, [props.empty]);

  const onRange = (start: number, end: number): void => {
    const keys: string[] = [];
    for (let i = start; i < end; i++) if (rows[i]! >= 0) keys.push(catalog.docKeys[rows[i]!]!);
    if (!painted.current) performance.mark('sc-library-rows-requested');
    void records.ensure(keys).then(() => {
      props.onRowsShown();
      if (!painted.current && keys.length > 0) {
        painted.current = true;
        requestAnimationFrame(() => {
          performance.mark('sc-library-painted');
          props.onFirstPaint();
        });
      }
    });
  };
  const moveTo = (index: number): void => {
    const step = index >= active ? 1 : -1;
    let next = index;
    while (rows[next] !== undefined && rows[next]! < 0) next += step;
    if (rows[next] !== undefined) setActive(next);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const doc = rows[active];
    if (doc === undefined || doc < 0) return;
    if (event.key === ' ' || event.key === 'x') {
      if ((event.target as HTMLElement).tagName === 'INPUT') return;
      event.preventDefault();
      bulk.toggle(catalog.docKeys[doc]!);
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'ARTICLE') {
      (event.target as HTMLElement).querySelector<HTMLAnchorElement>('a[data-testid="item-link"]')?.click();
    }
  };
  const countAfter = (heading: number): number => {
    let n = 0;
    while (rows[heading + 1 + n] !== undefined && rows[heading + 1 + n]! >= 0) n++;
    return n;
  };
  const renderRow = (i: number) => {
    const row = rows[i]!;
    const page = headingPage(row);
    if (page !== null)
      return (
        <ArticleHeading
          page={catalog.pages[page]!}
          count={countAfter(i)}
          position={i + 1}
          total={rows.length}
        />
      );
    const key = catalog.docKeys[row]!;
    return (
      <DocRow
        docKey={key}
        record={records.get(key)}
        page={catalog.pages[catalog.docPage[row]!]!}
        tags={catalog.docTags[row]!}
        createdAtMs={catalog.docCreated[row]!}
        orphaned={isOrphanedDoc(catalog, row)}
        selected={bulk.selected.has(key)}
        active={i === active}
        position={i + 1}
        total={rows.length}
        onToggle={bulk.toggle}
        onFocus={() => setActive(i)}
      />
    );
  };

  return (
    <>
      <BulkBar
        selected={bulk.selected.size}
        inView={docs.length}
        busy={bulk.busy}
        onSelectAll={() => bulk.selectAll([...docs].map((d) => catalog.docKeys[d]!))}
        onClear={bulk.clear}
        onTag={(tag, add) => void bulk.tag(tag, add)}
        onDelete={() => void bulk.remove()}
        onExport={() => props.onExportSelection([...bulk.selected])}
      />
      {props.empty ? (
        <p class="state muted" data-testid="library-empty">
          Nothing saved yet. Select text on an article to clip it, write a page note in the popup, or import a
          backup.
        </p>
      ) : rows.length === 0 && !props.loading ? (
        <p class="state muted" data-testid="library-no-results">
          Nothing matches this search and these filters.
        </p>
      ) : (
        <VirtualList
          layout={layout}
          renderRow={renderRow}
          activeIndex={active}
          onActiveIndexChange={moveTo}
          onRangeChange={onRange}
          onKeyDown={onKeyDown}
          label="Clippings and notes"
          busy={props.loading}
        />
      )}
    </>
  );
}
