import { useState } from 'preact/hooks';
import type { Affiliation } from '../lib/publishers/index';

export interface PublisherEditorProps {
  label: string;
  notes: string;
  affiliations: Affiliation[];
  onSetText: (field: 'label' | 'notes', text: string) => void;
  onAddAffiliation: (organization: string, sourceUrl: string) => void;
  onRemoveAffiliation: (organization: string) => void;
}

/** The reader's own knowledge of a publisher: a label, notes, and affiliations with a source. */
export function PublisherEditor(props: PublisherEditorProps) {
  const [label, setLabel] = useState(props.label);
  const [notes, setNotes] = useState(props.notes);
  const [org, setOrg] = useState('');
  const [source, setSource] = useState('');
  return (
    <details class="publisher-editor">
      <summary data-testid="publisher-edit">What you know about this publisher</summary>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (label !== props.label) props.onSetText('label', label.trim());
          if (notes !== props.notes) props.onSetText('notes', notes.trim());
        }}
      >
        <label>
          Your label{' '}
          <input
            value={label}
            placeholder="e.g. advocacy, state media, trusted"
            data-testid="publisher-label-input"
            onInput={(e) => setLabel((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Your notes{' '}
          <textarea
            rows={2}
            value={notes}
            onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        <button type="submit">Save</button>
      </form>
      <ul class="affiliations">
        {props.affiliations.map((a) => (
          <li key={a.organization} class="small">
            Affiliated with {a.organization} <span class="muted">({a.source})</span>{' '}
            {a.source === 'reader' && (
              <button type="button" class="ghost" onClick={() => props.onRemoveAffiliation(a.organization)}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!org.trim()) return;
          props.onAddAffiliation(org.trim(), source.trim());
          setOrg('');
          setSource('');
        }}
      >
        <label>
          Affiliated with (organization){' '}
          <input
            value={org}
            data-testid="affiliation-input"
            onInput={(e) => setOrg((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Source URL (optional){' '}
          <input
            value={source}
            type="url"
            data-testid="affiliation-source"
            onInput={(e) => setSource((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" data-testid="affiliation-add">
          Add affiliation
        </button>
      </form>
    </details>
  );
}
