import type { TabContext } from '../lib/messages/contract';
import type { Note } from '../lib/storage/records';
import { ArticleSummary } from './ArticleSummary';
import { ClaimsSection } from './ClaimsSection';
import { NotesSection } from './NotesSection';
import { OrganizationsSection } from './OrganizationsSection';

export interface PopupViewProps {
  view: TabContext | null;
  error: string | null;
  busy: boolean;
  undo: Note | null;
  onSaveNote: (text: string, id?: string) => void;
  onDeleteNote: (note: Note) => void;
  onUndo: () => void;
  onRetry: () => void;
}

const STATE_TEXT: Record<string, string> = {
  pending: 'Reading this article…',
  'not-article': 'Not an article. Source Context looks for news articles; this page does not look like one.',
  unreadable: 'Source Context cannot read this page.',
  failed: 'Could not read the article on this page.',
};

/** The whole panel for one tab: state, article context, and the reader's notes. */
export function PopupView({
  view,
  error,
  busy,
  undo,
  onSaveNote,
  onDeleteNote,
  onUndo,
  onRetry,
}: PopupViewProps) {
  if (error)
    return (
      <p class="state error" role="alert">
        {error}
      </p>
    );
  if (!view)
    return (
      <p class="state muted" aria-busy="true">
        Loading…
      </p>
    );
  const context = view.page?.context;
  return (
    <>
      {view.state === 'article' && context ? (
        <>
          <ArticleSummary context={context} />
          <ClaimsSection claims={context.claims} />
          <OrganizationsSection organizations={context.organizations} />
        </>
      ) : (
        <div class="state" data-testid="state" data-state={view.state}>
          <p>{STATE_TEXT[view.state]}</p>
          {view.reason && <p class="small muted">{view.reason}</p>}
          {view.description?.title && <p class="small">{view.description.title}</p>}
          {view.state === 'failed' && (
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      )}
      {view.state !== 'unreadable' && (
        <NotesSection notes={view.notes} busy={busy} onSave={onSaveNote} onDelete={onDeleteNote} />
      )}
      {undo && (
        <div class="toast" role="status">
          Note deleted.{' '}
          <button type="button" class="ghost" data-testid="undo" onClick={onUndo}>
            Undo
          </button>
        </div>
      )}
    </>
  );
}
