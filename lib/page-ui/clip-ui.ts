/**
 * The in-page clipping UI: a small "Save clipping" button near the selection and a note + tags
 * form, inside a closed shadow root (page CSS and scripts cannot reach in; our events do not leak
 * out). Built with DOM methods only: page text never becomes HTML. Keyboard: the button is
 * focusable, Enter opens the form, Escape closes it. The form stays open until the save is
 * stored; a save that fails says why in the form and keeps the note and tags for another try.
 */
import { UI_HOST_ATTRIBUTE } from '../anchoring/index';

export interface ClipUiHandlers {
  /** Saves the selection with a note and tags; rejects with a message for the reader. */
  onSave: (note: string, tags: string[]) => Promise<void>;
  /** The form opened (the reader means to save: a good moment to get ready) or closed. */
  onFormOpen?: () => void;
  onFormClose?: () => void;
}

export interface ClipUi {
  showButton: (rect: { left: number; top: number; bottom: number }) => void;
  showForm: (rect?: { left: number; top: number; bottom: number }) => void;
  setTags: (tags: string[]) => void;
  hide: () => void;
  isOpen: () => boolean;
  destroy: () => void;
}

const CSS = `:host{all:initial}
.box{position:fixed;z-index:2147483647;font:13px/1.4 system-ui,sans-serif;color:#1b1f24;background:#fff;border:1px solid #c5ccd6;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:6px}
button{font:inherit;border-radius:6px;border:1px solid #0b57d0;background:#0b57d0;color:#fff;padding:3px 10px;cursor:pointer}
button.ghost{background:transparent;color:#0b57d0;border-color:transparent}
button:focus-visible,textarea:focus-visible,input:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
form{display:grid;gap:6px;width:280px}
label{display:grid;gap:2px;font-size:12px;color:#4a5360}
textarea,input{font:inherit;border:1px solid #c5ccd6;border-radius:6px;padding:4px 6px}
.row{display:flex;gap:6px;justify-content:flex-end}
.error{margin:0;color:#b3261e;font-size:12px}`;

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Creates the (hidden) clipping UI in `doc`. */
export function createClipUi(doc: Document, handlers: ClipUiHandlers): ClipUi {
  const host = element(doc, 'div', { [UI_HOST_ATTRIBUTE]: 'clip-ui' });
  const root = host.attachShadow({ mode: 'closed' });
  const style = element(doc, 'style', {}, CSS);
  const box = element(doc, 'div', { class: 'box', role: 'dialog', 'aria-label': 'Source Context clipping' });
  box.hidden = true;
  root.append(style, box);
  (doc.documentElement ?? doc.body)?.append(host);
  for (const type of ['mousedown', 'mouseup', 'keydown', 'keyup', 'click', 'input']) {
    box.addEventListener(type, (event) => event.stopPropagation());
  }
  let tags: string[] = [];
  const place = (rect?: { left: number; top: number; bottom: number }): void => {
    if (!rect) return;
    const view = doc.defaultView;
    const maxLeft = (view?.innerWidth ?? 800) - 300;
    box.style.left = `${Math.max(8, Math.min(rect.left, maxLeft))}px`;
    const below = rect.bottom + 8;
    box.style.top = `${below + 40 > (view?.innerHeight ?? 600) ? Math.max(8, rect.top - 48) : below}px`;
  };
  let formOpen = false;
  const formGone = (): void => {
    if (formOpen) handlers.onFormClose?.();
    formOpen = false;
  };
  const hide = (): void => {
    box.hidden = true;
    box.replaceChildren();
    formGone();
  };
  const showForm = (rect?: { left: number; top: number; bottom: number }): void => {
    place(rect);
    const form = element(doc, 'form');
    const note = element(doc, 'textarea', { rows: '3', placeholder: 'Your note (optional)' });
    const tagInput = element(doc, 'input', { list: 'sc-tags', placeholder: 'tags, comma separated' });
    const list = element(doc, 'datalist', { id: 'sc-tags' });
    for (const tag of tags.slice(0, 200)) list.append(element(doc, 'option', { value: tag }));
    const save = element(doc, 'button', { type: 'submit' }, 'Save clipping');
    const cancel = element(doc, 'button', { type: 'button', class: 'ghost' }, 'Cancel');
    const noteLabel = element(doc, 'label', {}, 'Note');
    noteLabel.append(note);
    const tagLabel = element(doc, 'label', {}, 'Tags');
    tagLabel.append(tagInput, list);
    const row = element(doc, 'div', { class: 'row' });
    row.append(cancel, save);
    const status = element(doc, 'p', { class: 'error', role: 'alert' });
    status.hidden = true;
    form.append(noteLabel, tagLabel, status, row);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (save.disabled) return; // one save at a time
      const parsed = tagInput.value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)
        .slice(0, 50);
      save.disabled = true;
      save.textContent = 'Saving…';
      status.hidden = true;
      handlers.onSave(note.value.trim(), [...new Set(parsed)]).then(
        () => form.isConnected && hide(),
        (error: unknown) => {
          save.disabled = false;
          save.textContent = 'Save clipping';
          const why = error instanceof Error ? error.message : String(error);
          status.textContent = `Not saved: ${why.slice(0, 300)}`;
          status.hidden = false;
        },
      );
    });
    cancel.addEventListener('click', hide);
    form.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Escape' && hide());
    box.replaceChildren(form);
    box.hidden = false;
    if (!formOpen) handlers.onFormOpen?.();
    formOpen = true;
    note.focus();
  };
  const showButton = (rect: { left: number; top: number; bottom: number }): void => {
    place(rect);
    const button = element(
      doc,
      'button',
      { type: 'button', 'aria-label': 'Save the selection as a clipping' },
      '✎ Save clipping',
    );
    button.addEventListener('mousedown', (event) => event.preventDefault()); // keep the selection
    button.addEventListener('click', () => showForm());
    formGone();
    box.replaceChildren(button);
    box.hidden = false;
  };
  return {
    showButton,
    showForm,
    setTags: (next) => void (tags = next),
    hide,
    isOpen: () => !box.hidden,
    destroy: () => host.remove(),
  };
}
