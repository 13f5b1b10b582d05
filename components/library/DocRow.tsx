import type { CatalogPage } from '../../lib/library/catalog';
import { buildClippingLink } from '../../lib/library/text-fragment';
import type { LibraryRecord } from '../../lib/storage/library-read';

/** Height of a clipping or note row (px); the virtualized list relies on it. */
export const DOC_ROW_HEIGHT = 152;

export interface DocRowProps {
  docKey: string;
  record: LibraryRecord | null;
  page: CatalogPage;
  tags: readonly string[];
  createdAtMs: number;
  orphaned: boolean;
  selected: boolean;
  active: boolean;
  position: number;
  total: number;
  onToggle: (docKey: string) => void;
  onFocus: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One clipping (quote, note, tags) or page note, with its article, publisher, date and source link. */
export function DocRow(props: DocRowProps) {
  const { docKey, record, page, selected, active } = props;
  const clipping = record?.kind === 'clipping' ? record.record : null;
  const note = record ? (record.kind === 'clipping' ? record.record.note : record.record.text) : '';
  const link = buildClippingLink(clipping?.pageUrl ?? page.pageUrl, clipping?.quote ?? null);
  const title = page.title || clipping?.title || page.pageKey;
  const publisher = page.publisherName ?? clipping?.publisherName ?? page.publisherDomain;
  const labelId = `doc-${props.position}`;
  return (
    <article
      class={`doc-row${selected ? ' selected' : ''}${active ? ' active' : ''}`}
      aria-posinset={props.position}
      aria-setsize={props.total}
      aria-labelledby={labelId}
      tabIndex={active ? 0 : -1}
      data-testid="library-item"
      data-key={docKey}
      onFocus={props.onFocus}
    >
      <input
        type="checkbox"
        class="doc-select"
        checked={selected}
        aria-label={clipping ? 'Select this clipping' : 'Select this note'}
        data-testid="item-select"
        onChange={() => props.onToggle(docKey)}
      />
      <div class="doc-body">
        {record === null ? (
          <p class="doc-quote muted" id={labelId}>
            Loading…
          </p>
        ) : clipping ? (
          <blockquote class="doc-quote" id={labelId} data-testid="item-quote">
            {clipping.quote.exact}
          </blockquote>
        ) : (
          <p class="doc-kind" id={labelId}>
            Page note
          </p>
        )}
        {note.trim() && (
          <p class="doc-note" data-testid="item-note">
            {note}
          </p>
        )}
        <p class="doc-meta">
          {link ? (
            <a
              href={link}
              target="_blank"
              rel="noopener noreferrer"
              class="doc-title"
              data-testid="item-link"
            >
              {title}
            </a>
          ) : (
            <span class="doc-title">{title}</span>
          )}
          <span class="muted"> · {publisher}</span>
          <span class="muted"> · saved {dateFormat.format(props.createdAtMs)}</span>
          {props.orphaned && <span class="kind warn">orphaned</span>}
          {props.tags.map((tag) => (
            <span class="chip" key={tag} data-testid="item-tag">
              {tag}
            </span>
          ))}
        </p>
      </div>
    </article>
  );
}
