/**
 * In-page UI, injected by the background only into tabs showing a stored article: draws saved
 * clippings, offers "Save clipping" on a selection (button, context menu, shortcut), locates claims
 * and highlights organization mentions when the popup asks. Everything it draws lives in a closed
 * shadow root or in highlight elements around the page's own text; it never writes storage itself.
 * Like the detector, a plain script without the polyfill (it runs in the page).
 */
import { defineUnlistedScript } from '#imports';
import type { ContentMessage, PageClippings, TabMessage } from '../lib/messages/contract';
import { createClipUi } from '../lib/page-ui/clip-ui';
import { clearHighlights, drawHighlight, drawHighlights } from '../lib/page-ui/highlights';
import {
  describePageSelection,
  findArticleSpan,
  findPageSpans,
  indexPage,
  placeClippings,
} from '../lib/page-ui/place';
import type { TextSelectors } from '../lib/anchoring/index';
import {
  createBackgroundLine,
  explainLineFailure,
  type MessagingRuntime,
} from '../lib/page-ui/background-line';

interface Runtime extends MessagingRuntime {
  id?: string;
  onMessage: {
    addListener: (cb: (m: unknown, s: unknown, respond: (a: unknown) => void) => boolean | void) => void;
  };
}

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as {
    browser?: { runtime?: Runtime };
    chrome?: { runtime?: Runtime };
    __scClipper?: () => void;
  };
  if (g.__scClipper) return g.__scClipper(); // injected again (SPA navigation, re-store): just refresh
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime?.id) return;
  let data: PageClippings | null = null;
  let drawn: string[] = [];
  let pending: TextSelectors | null = null;
  const line = createBackgroundLine(runtime, () => location.href);

  const send = async (message: ContentMessage): Promise<unknown> => {
    const answer = (await line.request(message).catch((error: unknown) => {
      throw explainLineFailure(error, Boolean(runtime.id)); // request never throws at the call
    })) as { ok: boolean; value?: unknown; error?: string } | undefined;
    if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
    return answer.value;
  };
  const redraw = (): void => {
    const startedMs = performance.now();
    clearHighlights(document, drawn);
    drawn = [];
    if (!data?.highlights) return;
    const index = indexPage(document);
    if (!index) return;
    // One index for finding and drawing all of them: wrapping one never invalidates another.
    const placed = placeClippings(index, data.articleText, data.clippings);
    const spans = placed.map(({ id, page }) => ({ id, start: page.start, end: page.end }));
    const marks = drawHighlights(document, index, spans, 'clipping');
    drawn = placed.filter((_, i) => (marks[i]?.length ?? 0) > 0).map((p) => p.id);
    // Read by `npm run bench` (re-anchoring cost): one entry in the page's performance timeline.
    if (data.clippings.length > 0) performance.measure('sc-reanchor', { start: startedMs });
  };
  const refresh = (): void => {
    void send({ type: 'getPageClippings', url: location.href }).then(
      (value) => {
        data = value as PageClippings;
        ui.setTags(data.tags);
        redraw();
      },
      () => undefined,
    );
  };
  const currentSelection = (): { selectors: TextSelectors; rect: DOMRect } | null => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const index = indexPage(document);
    const selectors = index && describePageSelection(index, range, data?.articleText ?? null);
    return selectors ? { selectors, rect: range.getBoundingClientRect() } : null;
  };
  const ui = createClipUi(document, {
    onSave: async (note, tags) => {
      const selectors = pending;
      if (!selectors) throw new Error('The selection was lost. Select the passage again.');
      const startedMs = performance.now();
      const value = await send({ type: 'saveClipping', url: location.href, selectors, note, tags });
      performance.measure('sc-save', { start: startedMs });
      data?.clippings.push({ id: (value as { id: string }).id, ...selectors });
      try {
        document.getSelection()?.removeAllRanges();
        redraw();
      } catch {
        // Stored all the same (the popup lists it); only drawing it failed on this page.
      }
    },
    // The port for the save is opened while the reader types (background-line.ts).
    onFormOpen: () => line.open(),
    onFormClose: () => line.close(),
  });
  const onSelectionEnd = (): void => {
    if (ui.isOpen() && !document.getSelection()?.toString()) return;
    const found = currentSelection();
    pending = found?.selectors ?? null;
    if (found) ui.showButton(found.rect);
    else ui.hide();
  };
  const locate = (start: number, end: number): boolean => {
    const index = indexPage(document);
    const points = index && data?.articleText ? findArticleSpan(index, data.articleText, start, end) : null;
    if (!points) return false;
    clearHighlights(document, 'sc-located');
    const marks = drawHighlight(document, points, 'sc-located', 'located');
    marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setTimeout(() => clearHighlights(document, 'sc-located'), 2_500);
    return marks.length > 0;
  };
  const highlightMentions = (spans: { start: number; end: number }[]): number => {
    clearHighlights(document, 'sc-mention');
    const index = indexPage(document);
    if (!index || !data?.articleText) return 0;
    const found = findPageSpans(index, data.articleText, spans.slice(0, 1_000));
    const pageSpans = found.map(({ page }) => ({ id: 'sc-mention', start: page.start, end: page.end }));
    return drawHighlights(document, index, pageSpans, 'mention').filter((m) => m.length > 0).length;
  };

  runtime.onMessage.addListener((raw, _sender, respond) => {
    const message = raw as TabMessage | null;
    switch (message?.type) {
      case 'clipSelection': {
        const found = currentSelection();
        pending = found?.selectors ?? null;
        if (found) ui.showForm(found.rect);
        respond(Boolean(found));
        break;
      }
      case 'describeSelection':
        respond(currentSelection()?.selectors ?? null);
        break;
      case 'locate':
        respond(locate(message.start, message.end));
        break;
      case 'highlightMentions':
        respond(highlightMentions(message.spans));
        break;
      case 'refreshHighlights':
        refresh();
        respond(true);
        break;
    }
    return undefined;
  });
  document.addEventListener('mouseup', () => setTimeout(onSelectionEnd, 0));
  document.addEventListener('keyup', (event) => event.shiftKey && onSelectionEnd());
  g.__scClipper = refresh;
  refresh();
});
