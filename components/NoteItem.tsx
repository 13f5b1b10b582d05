import { useState } from 'preact/hooks';
import type { Note } from '../lib/storage/records';

export interface NoteItemProps {
  note: Note;
  onSave: (text: string, id: string) => void;
  onDelete: (note: Note) => void;
}

/** One page note: its text, edit in place, delete (the parent offers undo). */
export function NoteItem({ note, onSave, onDelete }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  return (
    <li class="note" data-testid="note">
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) onSave(text.trim(), note.id);
            setEditing(false);
          }}
        >
          <label class="visually-hidden" for={`edit-${note.id}`}>
            Edit note
          </label>
          <textarea
            id={`edit-${note.id}`}
            data-testid="note-edit-input"
            rows={3}
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
          <div class="row">
            <button type="submit" data-testid="note-edit-save">
              Save
            </button>
            <button type="button" class="ghost" onClick={() => setEditing(false)}>
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
                setEditing(true);
                setText(note.text);
              }}
            >
              Edit
            </button>
            <button type="button" class="ghost" data-testid="note-delete" onClick={() => onDelete(note)}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
