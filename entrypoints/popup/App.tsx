/**
 * Popup (and side panel) wiring: finds the tab it is about (the active tab, or `?tab=<id>` when
 * opened as a page by tests), asks the background for that tab's context, and sends the reader's
 * edits back as commands. Rendering is components/PopupView's job.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { Result, TabContext, UiMessage } from '../../lib/messages/contract';
import type { Organization } from '../../lib/models/page-context';
import { isPaused, setPaused, type Settings } from '../../lib/settings-logic';
import { toPageKey } from '../../lib/urls';
import { FirstRun } from '../../components/FirstRun';
import { PopupFooter } from '../../components/PopupFooter';
import { PopupView, type Undoable } from '../../components/PopupView';

async function send<T>(message: UiMessage): Promise<T> {
  const result = (await browser.runtime.sendMessage(message)) as Result<T> | undefined;
  if (!result) throw new Error('The extension did not answer. Try reopening this panel.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Opened as the side panel (Chrome) or sidebar (Firefox): follows the active tab. */
const IS_PANEL = new URLSearchParams(location.search).get('panel') === '1';

async function findTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Opens the same view beside the page (Chrome's side panel, Firefox's sidebar). */
async function openSidePanel(tabId: number | null): Promise<void> {
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: { open: (o: { tabId: number }) => Promise<void> } };
    browser?: { sidebarAction?: { open: () => Promise<void> } };
  };
  if (g.browser?.sidebarAction) await g.browser.sidebarAction.open();
  else if (g.chrome?.sidePanel && tabId !== null) await g.chrome.sidePanel.open({ tabId });
  window.close();
}

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<TabContext | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<Undoable | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);

  const refresh = useCallback(async (id: number) => {
    try {
      setView(await send<TabContext>({ type: 'getTabContext', tabId: id }));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    void send<Settings>({ type: 'getSettings' }).then(setSettings, (e: Error) => setError(e.message));
    findTabId().then(
      (id) => {
        if (id === null) setError('No tab to describe.');
        else {
          setTabId(id);
          void refresh(id);
        }
      },
      (e: Error) => setError(e.message),
    );
  }, [refresh]);

  useEffect(() => {
    if (!IS_PANEL) return;
    const follow = (): void =>
      void findTabId().then((id) => {
        if (id === null) return;
        setTabId(id);
        void refresh(id);
      });
    const onUpdated = (_id: number, change: { status?: string }): void => {
      if (change.status === 'complete') follow();
    };
    browser.tabs.onActivated.addListener(follow);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(follow);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [refresh]);

  useEffect(() => {
    // Marks the first frame painted with data (bench: popupFirstPaintMs).
    if (view && view.state !== 'pending' && performance.getEntriesByName('sc-data-painted').length === 0) {
      requestAnimationFrame(() => performance.mark('sc-data-painted'));
    }
    if (view?.state !== 'pending' || tabId === null) return;
    const timer = setTimeout(() => void refresh(tabId), 400);
    return () => clearTimeout(timer);
  }, [view, tabId, refresh]);

  /** Runs a command, then refreshes; resolves false (with the error shown) when it failed. */
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    if (tabId === null) return false;
    setBusy(true);
    try {
      await action();
      await refresh(tabId);
      return true;
    } catch (e) {
      setError((e as Error).message || 'Something went wrong; nothing was changed.');
      return false;
    } finally {
      setBusy(false);
    }
  };
  const updateSettings = (next: Settings): void => {
    setSettings(next);
    void send({ type: 'saveSettings', settings: { ...next } }).catch((e: Error) => setError(e.message));
  };
  const pageKey = view?.page?.pageKey ?? (view?.url ? toPageKey(view.url) : '');
  const domain = view?.domain ?? null;
  const paused = Boolean(settings && domain && isPaused(settings, domain));

  return (
    <div class={IS_PANEL ? 'popup panel' : 'popup'}>
      <header class="app-header">
        <span class="app-name">
          <span class="app-icon" aria-hidden="true" />
          Source Context
        </span>
        {view && view.state !== 'unreadable' && (
          // A button, not an in-page link: every link in the panel is an http(s) link (hostile.spec.ts).
          <button
            type="button"
            class="ghost skip-link"
            data-testid="skip-to-notes"
            onClick={() => document.getElementById('note-input')?.focus()}
          >
            Skip to your notes
          </button>
        )}
      </header>
      <main>
        {settings && !settings.firstRunDone && (
          <FirstRun onDismiss={() => updateSettings({ ...settings, firstRunDone: true })} />
        )}
        <PopupView
          view={view}
          error={error}
          busy={busy}
          paused={paused}
          undo={undo}
          highlighted={highlighted}
          onSaveNote={(text, id) => run(() => send({ type: 'saveNote', pageKey, text, id }))}
          onDeleteNote={(note) =>
            void run(async () => {
              await send({ type: 'deleteNote', id: note.id });
              setUndo({ kind: 'note', note });
            })
          }
          onUndo={() =>
            void run(async () => {
              if (undo?.kind === 'note') await send({ type: 'restoreNote', note: undo.note });
              if (undo?.kind === 'clipping')
                await send({ type: 'restoreClipping', clipping: undo.clipping, tabId: tabId ?? undefined });
              setUndo(null);
            })
          }
          onSaveClipping={(id, note, tags) =>
            void run(() => send({ type: 'updateClipping', id, note, tags }))
          }
          onDeleteClipping={(clipping) =>
            void run(async () => {
              await send({ type: 'deleteClipping', id: clipping.id, tabId: tabId ?? undefined });
              setUndo({ kind: 'clipping', clipping });
            })
          }
          onReattach={(id) => tabId !== null && void run(() => send({ type: 'reattachClipping', id, tabId }))}
          onLocate={(start, end) =>
            tabId !== null && void send({ type: 'locateInPage', tabId, start, end }).catch(() => undefined)
          }
          onHighlightOrganization={(org: Organization | null) => {
            if (tabId === null) return;
            setHighlighted(org?.name ?? null);
            const spans = (org?.spans ?? []).map(({ start, end }) => ({ start, end }));
            void send({ type: 'highlightMentionsInPage', tabId, spans }).catch(() => undefined);
          }}
          onRetry={() => void run(() => send({ type: 'retryExtraction', tabId: tabId ?? 0 }))}
          onSetPublisherText={(field, text) =>
            domain && void run(() => send({ type: 'setPublisherText', domain, field, text }))
          }
          onAddAffiliation={(organization, sourceUrl) =>
            domain &&
            void run(() =>
              send({ type: 'addAffiliation', domain, organization, ...(sourceUrl ? { sourceUrl } : {}) }),
            )
          }
          onRemoveAffiliation={(organization) =>
            domain && void run(() => send({ type: 'removeAffiliation', domain, organization }))
          }
        />
      </main>
      <PopupFooter
        domain={view?.state === 'unreadable' ? null : domain}
        paused={paused}
        onTogglePause={() => settings && domain && updateSettings(setPaused(settings, domain, !paused))}
        onOpenLibrary={() =>
          void browser.tabs.create({ url: browser.runtime.getURL('/library.html' as '/popup.html') })
        }
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        onOpenPanel={IS_PANEL ? null : () => void openSidePanel(tabId)}
      />
    </div>
  );
}
