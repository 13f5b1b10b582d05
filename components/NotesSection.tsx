import { useState } from 'preact/hooks';
import type { Note } from '../lib/storage/records';
import { Section } from './Section';

export interface NotesSectionProps {
  notes: Note[];
  busy: boolean;
  onSave: (text: string, id?: string) => void;
  onDelete: (note: Note) => void;
}

/** The reader's notes on this page: add, edit, delete (the parent offers undo). */
export function NotesSection({ notes, busy, onSave, onDelete }: NotesSectionProps) {
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [editText, setEditText] = useState('');
  const submit = (event: Event): void => {
    event.preventDefault();
    if (!draft.trim()) return;
    onSave(draft.trim());
    setDraft('');
  };
  return (
    <Section id="notes" title="Your notes" count={notes.length}>
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
        <button type="submit" data-testid="note-save" disabled={busy || !draft.trim()}>
          Save note
        </button>
      </form>
      <ul class="notes" data-testid="notes">
        {notes.map((note) => (
          <li key={note.id} class="note" data-testid="note">
            {editing === note.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  if (editText.trim()) onSave(editText.trim(), note.id);
                  setEditing(null);
                }}
              >
                <label class="visually-hidden" for={`edit-${note.id}`}>
                  Edit note
                </label>
                <textarea
                  id={`edit-${note.id}`}
                  data-testid="note-edit-input"
                  rows={3}
                  value={editText}
                  onInput={(e) => setEditText((e.target as HTMLTextAreaElement).value)}
                />
                <div class="row">
                  <button type="submit" data-testid="note-edit-save">
                    Save
                  </button>
                  <button type="button" class="ghost" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </div>
              </form>
            ) : (
              <>
                <p class="note-text" data-testid="note-text">
                  {note.text}
                </p>
                <div class="row">
                  <span class="muted small">{new Date(note.updatedAtMs).toLocaleString()}</span>
                  <button
                    type="button"
                    class="ghost"
                    data-testid="note-edit"
                    onClick={() => {
                      setEditing(note.id);
                      setEditText(note.text);
                    }}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    class="ghost"
                    data-testid="note-delete"
                    onClick={() => onDelete(note)}
                  >
                    Delete
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
