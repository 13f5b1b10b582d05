/**
 * What the Firefox tests can see and do. The extension leaves traces in the article's DOM: the
 * in-page UI's host element (`[data-source-context]`, injected by the background only after it
 * stored the article) and `<source-context-highlight>` elements around saved clippings. The popup
 * is framed by a page on the fixture site (see prepareTestExtension) and read like any frame.
 */
import type { Frame, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN } from './firefox';

/** Polls `probe` until it returns a truthy value, which it returns; throws after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 150));
  }
}

/** True when the background injected the in-page UI (it does so only into stored articles). */
export function hasPageUi(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('[data-source-context="clip-ui"]') !== null);
}

/** The text inside the page's clipping highlights. */
export function highlightedText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('source-context-highlight')].map((m) => m.textContent).join(''),
  );
}

/** Selects `phrase` like a mouse would (scrolled into view) and returns the selection's box. */
export async function selectPhrase(
  page: Page,
  phrase: string,
): Promise<{ left: number; top: number; bottom: number; viewWidth: number }> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      const rect = range.getBoundingClientRect();
      return { left: rect.left, top: rect.top, bottom: rect.bottom, viewWidth: innerWidth };
    }
    throw new Error(`phrase not on the page: ${text}`);
  }, phrase);
}

/**
 * Clicks the "Save clipping" button, which sits just below the selection inside a closed shadow
 * root: computes where lib/page-ui/clip-ui.ts places it and checks that the UI's host is there.
 */
export async function clickSaveButton(page: Page, rect: { left: number; bottom: number; viewWidth: number }) {
  const x = Math.max(8, Math.min(rect.left, rect.viewWidth - 300)) + 30;
  const y = rect.bottom + 8 + 14;
  await waitFor(
    () =>
      page.evaluate((px, py) => document.elementFromPoint(px, py)?.hasAttribute('data-source-context'), x, y),
    3_000,
    'the Save clipping button under the selection',
  );
  await page.mouse.click(x, y);
}

/**
 * Frames the popup about the tab that shows `articleUrl`, in `host` (a page on the fixture site).
 * The framed popup has runtime and storage but no `tabs` API, so the tab id is found by asking the
 * background about the first few tab ids, as the popup itself would.
 */
export async function openFramedPopup(host: Page, articleUrl: string): Promise<Frame> {
  const mount = async (tabId: number): Promise<Frame> => {
    const src = `${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`;
    await host.evaluate((url) => {
      document.querySelector('iframe')?.remove();
      const frame = document.createElement('iframe');
      Object.assign(frame.style, { width: '400px', height: '800px', border: '0' });
      frame.src = url;
      document.body.append(frame);
    }, src);
    // Puppeteer does not follow navigations inside a moz-extension frame (its url() stays
    // about:blank), so ask each child frame where it is.
    const isPopup = (frame: Frame): Promise<boolean> =>
      frame
        .evaluate((url) => location.href === url && document.readyState !== 'loading', src)
        .catch(() => false);
    return waitFor(
      async () => {
        for (const frame of host.mainFrame().childFrames()) if (await isPopup(frame)) return frame;
        return undefined;
      },
      10_000,
      'the framed popup',
    );
  };
  const probe = await mount(0);
  const tabId = await waitFor(
    () =>
      probe.evaluate(async (target) => {
        const runtime = (globalThis as unknown as { browser: { runtime: { sendMessage: Send } } }).browser
          .runtime;
        const ids = Array.from({ length: 60 }, (_, i) => i + 1);
        const answers = await Promise.all(
          ids.map((tabId) => runtime.sendMessage({ type: 'getTabContext', tabId })),
        );
        return ids.find((_, i) => answers[i]?.ok && answers[i]?.value?.url === target) ?? 0;
      }, articleUrl),
    5_000,
    `a tab showing ${articleUrl}`,
  );
  return mount(tabId);
}

type Send = (message: unknown) => Promise<{ ok: boolean; value?: { url?: string | null } } | undefined>;
