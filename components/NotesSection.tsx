import { useState } from 'preact/hooks';
import type { ClippingView } from '../lib/messages/contract';
import type { Clipping, Note } from '../lib/storage/records';
import { ClippingItem } from './ClippingItem';
import { NoteItem } from './NoteItem';
import { Section } from './Section';

export interface NotesSectionProps {
  notes: Note[];
  clippings: ClippingView[];
  tags: string[];
  busy: boolean;
  onSave: (text: string, id?: string) => Promise<boolean> | void;
  onDelete: (note: Note) => void;
  onSaveClipping: (id: string, note: string, tags: string[]) => void;
  onDeleteClipping: (clipping: Clipping) => void;
  onReattach: (id: string) => void;
  onLocate: (start: number, end: number) => void;
}

/** The reader's page notes and clippings in one list, newest first; add a note at the top. */
export function NotesSection(props: NotesSectionProps) {
  const [draft, setDraft] = useState('');
  const submit = (event: Event): void => {
    event.preventDefault();
    if (!draft.trim() || props.busy) return;
    // Keep the draft until the save succeeded: a full disk must not lose what the reader typed.
    void Promise.resolve(props.onSave(draft.trim())).then((saved) => saved !== false && setDraft(''));
  };
  const items = [
    ...props.notes.map((note) => ({ at: note.createdAtMs, note, clipping: null })),
    ...props.clippings.map((view) => ({ at: view.clipping.createdAtMs, note: null, clipping: view })),
  ].sort((a, b) => b.at - a.at);
  const orphans = props.clippings.filter((c) => c.anchor.status === 'orphan').length;
  return (
    <Section id="notes" title="Your notes and clippings" count={items.length}>
      <form class="note-form" onSubmit={submit}>
        <label class="visually-hidden" for="note-input">
          Note about this page
        </label>
        <textarea
          id="note-input"
          data-testid="note-input"
          rows={2}
          placeholder="Write a note about this page…"
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
        />
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus right after a save. */}
        <button type="submit" data-testid="note-save" aria-disabled={props.busy || !draft.trim()}>
          Save note
        </button>
      </form>
      {orphans > 0 && (
        <p class="small warn" role="status">
          {orphans} clipping{orphans === 1 ? ' is' : 's are'} no longer found on this page: not highlighted,
          listed below.
        </p>
      )}
      <datalist id="known-tags">
        {props.tags.slice(0, 200).map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <ul class="notes" data-testid="notes">
        {items.map((item) =>
          item.note ? (
            <NoteItem key={item.note.id} note={item.note} onSave={props.onSave} onDelete={props.onDelete} />
          ) : item.clipping ? (
            <ClippingItem
              key={item.clipping.clipping.id}
              view={item.clipping}
              onSave={props.onSaveClipping}
              onDelete={props.onDeleteClipping}
              onReattach={props.onReattach}
              onLocate={props.onLocate}
            />
          ) : null,
        )}
      </ul>
      <p class="small muted">Select text in the article to save a clipping (or Alt+Shift+S).</p>
    </Section>
  );
}
