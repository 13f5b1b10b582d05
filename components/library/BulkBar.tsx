import { useState } from 'preact/hooks';

export interface BulkBarProps {
  selected: number;
  inView: number;
  busy: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onTag: (tag: string, add: boolean) => void;
  onDelete: () => void;
  onExport: () => void;
}

/** Actions on the selected clippings and notes: tag, untag, delete (with undo), export. */
export function BulkBar(props: BulkBarProps) {
  const [tag, setTag] = useState('');
  const clean = tag.trim().slice(0, 64);
  const none = props.selected === 0 || props.busy;
  return (
    <div class="bulk-bar" role="toolbar" aria-label="Selection" data-testid="bulk-bar">
      <span class="small" data-testid="selected-count">
        {props.selected.toLocaleString()} selected
      </span>
      <button
        type="button"
        class="ghost"
        data-testid="select-all"
        disabled={props.busy || props.inView === 0}
        onClick={props.onSelectAll}
      >
        Select all {props.inView.toLocaleString()} in view
      </button>
      <button type="button" class="ghost" disabled={none} onClick={props.onClear}>
        Clear selection
      </button>
      <label class="visually-hidden" for="bulk-tag">
        Tag
      </label>
      <input
        id="bulk-tag"
        data-testid="bulk-tag"
        class="tag-input"
        placeholder="tag"
        value={tag}
        onInput={(e) => setTag((e.target as HTMLInputElement).value)}
      />
      <button
        type="button"
        data-testid="bulk-tag-add"
        disabled={none || !clean}
        onClick={() => props.onTag(clean, true)}
      >
        Add tag
      </button>
      <button
        type="button"
        class="secondary"
        data-testid="bulk-tag-remove"
        disabled={none || !clean}
        onClick={() => props.onTag(clean, false)}
      >
        Remove tag
      </button>
      <button
        type="button"
        class="secondary"
        data-testid="bulk-export"
        disabled={none}
        onClick={props.onExport}
      >
        Export selection
      </button>
      <button type="button" class="danger" data-testid="bulk-delete" disabled={none} onClick={props.onDelete}>
        Delete
      </button>
    </div>
  );
}
