import type { TabContext } from '../lib/messages/contract';
import type { Organization } from '../lib/models/page-context';
import type { Clipping, Note } from '../lib/storage/records';
import { ArticleSummary } from './ArticleSummary';
import { ClaimsSection } from './ClaimsSection';
import { NotesSection } from './NotesSection';
import { OrganizationsSection } from './OrganizationsSection';
import { PublisherCard } from './PublisherCard';

export interface PopupActions {
  onSaveNote: (text: string, id?: string) => Promise<boolean> | void;
  onDeleteNote: (note: Note) => void;
  onUndo: () => void;
  onRetry: () => void;
  onSetPublisherText: (field: 'label' | 'notes', text: string) => void;
  onAddAffiliation: (organization: string, sourceUrl: string) => void;
  onRemoveAffiliation: (organization: string) => void;
  onSaveClipping: (id: string, note: string, tags: string[]) => void;
  onDeleteClipping: (clipping: Clipping) => void;
  onReattach: (id: string) => void;
  onLocate: (start: number, end: number) => void;
  onHighlightOrganization: (organization: Organization | null) => void;
}

/** What the last delete removed, for undo. */
export type Undoable = { kind: 'note'; note: Note } | { kind: 'clipping'; clipping: Clipping };

export interface PopupViewProps extends PopupActions {
  view: TabContext | null;
  error: string | null;
  busy: boolean;
  paused: boolean;
  undo: Undoable | null;
  highlighted: string | null;
}

/** Each state's heading (the page's h1 when there is no article title) and what it means. */
const STATE_TEXT: Record<string, [title: string, text: string | null]> = {
  pending: ['Reading this article…', null],
  'not-article': [
    'Not an article.',
    'Source Context looks for news articles; this page does not look like one.',
  ],
  unreadable: ['Source Context cannot read this page.', null],
  failed: ['Could not read the article on this page.', null],
  paused: ['Paused on this site.', 'Source Context does nothing here until you resume it.'],
};

/** The whole panel for one tab: who publishes it, its claims and organizations, and your notes. */
export function PopupView(props: PopupViewProps) {
  const { view, error, busy, paused, undo } = props;
  if (error && !view)
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
  const state = paused && view.state !== 'unreadable' ? 'paused' : view.state;
  const [stateTitle, stateText] = STATE_TEXT[state] ?? [state, null];
  return (
    <>
      {error && (
        <p class="state error" role="alert">
          {error}
        </p>
      )}
      {view.domain && state !== 'unreadable' && state !== 'paused' && (
        <PublisherCard
          page={context?.publisher ?? null}
          domain={view.domain}
          view={view.publisher}
          onSetText={props.onSetPublisherText}
          onAddAffiliation={props.onAddAffiliation}
          onRemoveAffiliation={props.onRemoveAffiliation}
        />
      )}
      {state === 'article' && context ? (
        <>
          <ArticleSummary context={context} />
          <ClaimsSection claims={context.claims} onLocate={props.onLocate} />
          <OrganizationsSection
            organizations={context.organizations}
            highlighted={props.highlighted}
            onHighlight={props.onHighlightOrganization}
          />
        </>
      ) : (
        <div class="state" data-testid="state" data-state={state} aria-live="polite">
          <h1 class="state-title">{stateTitle}</h1>
          {stateText && <p>{stateText}</p>}
          {view.reason && <p class="small muted">{view.reason}</p>}
          {view.description?.title && <p class="small">{view.description.title}</p>}
          {state === 'failed' && (
            <button type="button" onClick={props.onRetry} data-testid="retry">
              Try again
            </button>
          )}
        </div>
      )}
      {state !== 'unreadable' && (
        <NotesSection
          notes={view.notes}
          clippings={view.clippings}
          tags={view.tags}
          onSaveClipping={props.onSaveClipping}
          onDeleteClipping={props.onDeleteClipping}
          onReattach={props.onReattach}
          onLocate={props.onLocate}
          busy={busy}
          onSave={props.onSaveNote}
          onDelete={props.onDeleteNote}
        />
      )}
      {undo && (
        <div class="toast" role="status">
          {undo.kind === 'note' ? 'Note deleted.' : 'Clipping deleted.'}{' '}
          <button type="button" class="ghost" data-testid="undo" onClick={props.onUndo}>
            Undo
          </button>
        </div>
      )}
    </>
  );
}
