/**
 * The library view bound to the page's URL query string, so a view can be bookmarked and the
 * back button restores the previous one. Typing updates the URL a moment after the last key
 * (replacing the history entry); choosing a filter adds a history entry at once.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_VIEW, formatView, parseView, type LibraryView } from '../../lib/library/view';

const TYPING_URL_DELAY_MS = 300;

export function useUrlView(): [LibraryView, (patch: Partial<LibraryView>) => void, () => void] {
  const [view, setView] = useState<LibraryView>(() => parseView(location.search));
  const current = useRef(view);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const onPop = (): void => {
      current.current = parseView(location.search);
      setView(current.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const write = useCallback((next: LibraryView, push: boolean) => {
    current.current = next;
    setView(next);
    clearTimeout(timer.current);
    const save = (): void => {
      const url = `${location.pathname}${formatView(current.current)}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    };
    if (push) save();
    else timer.current = setTimeout(save, TYPING_URL_DELAY_MS);
  }, []);
  const update = useCallback(
    (patch: Partial<LibraryView>) => write({ ...current.current, ...patch }, !('q' in patch)),
    [write],
  );
  const reset = useCallback(() => write({ ...DEFAULT_VIEW, q: current.current.q }, true), [write]);
  return [view, update, reset];
}
