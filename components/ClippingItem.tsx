import { useState } from 'preact/hooks';
import type { ClippingView } from '../lib/messages/contract';
import type { Clipping } from '../lib/storage/records';

export interface ClippingItemProps {
  view: ClippingView;
  onSave: (id: string, note: string, tags: string[]) => void;
  onDelete: (clipping: Clipping) => void;
  onReattach: (id: string) => void;
  onLocate: (start: number, end: number) => void;
}

const METHOD: Record<string, string> = {
  position: 'in place',
  quote: 'found by its words',
  fuzzy: 'found approximately',
};

/** One clipping: the quote, the reader's note and tags, and where it stands on the page now. */
export function ClippingItem({ view, onSave, onDelete, onReattach, onLocate }: ClippingItemProps) {
  const { clipping, anchor, edited } = view;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(clipping.tags.join(', '));
  const orphan = anchor.status === 'orphan';
  return (
    <li
      class={orphan ? 'note clipping orphan' : 'note clipping'}
      data-testid="clipping"
      data-anchor={anchor.status}
    >
      <blockquote class="quote">{clipping.quote.exact}</blockquote>
      {orphan ? (
        <p class="small warn" data-testid="orphan">
          Not found on the page any more ({anchor.reason}). Saved with: “…{clipping.quote.prefix}
          <strong>{clipping.quote.exact}</strong>
          {clipping.quote.suffix}…”
        </p>
      ) : (
        <p class="small muted">
          Highlighted {METHOD[anchor.method] ?? anchor.method}
          {edited && ' · the article text changed since you saved this; the quote shows it as it was'}
        </p>
      )}
      {editing ? (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            onSave(clipping.id, note.trim(), [
              ...new Set(
                tags
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              ),
            ]);
            setEditing(false);
          }}
        >
          <label>
            Note{' '}
            <textarea
              rows={2}
              value={note}
              data-testid="clipping-note-input"
              onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
            />
          </label>
          <label>
            Tags{' '}
            <input
              value={tags}
              list="known-tags"
              data-testid="clipping-tags-input"
              onInput={(e) => setTags((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" data-testid="clipping-save">
            Save
          </button>
        </form>
      ) : (
        <>
          {clipping.note && (
            <p class="note-text" data-testid="clipping-note">
              {clipping.note}
            </p>
          )}
          {clipping.tags.length > 0 && (
            <p class="small">
              {clipping.tags.map((t) => (
                <span class="kind" key={t}>
                  {t}
                </span>
              ))}
            </p>
          )}
        </>
      )}
      <div class="row">
        <span class="muted small">{new Date(clipping.createdAtMs).toLocaleString()}</span>
        {anchor.status === 'anchored' && (
          <button type="button" class="ghost" onClick={() => onLocate(anchor.start, anchor.end)}>
            Show
          </button>
        )}
        {orphan && (
          <button
            type="button"
            class="ghost"
            data-testid="reattach"
            onClick={() => onReattach(clipping.id)}
            title="Select the passage in the page first"
          >
            Re-attach to selection
          </button>
        )}
        <button type="button" class="ghost" onClick={() => setEditing(!editing)} data-testid="clipping-edit">
          {editing ? 'Cancel' : 'Edit'}
        </button>
        <button type="button" class="ghost" onClick={() => onDelete(clipping)} data-testid="clipping-delete">
          Delete
        </button>
      </div>
    </li>
  );
}
