/**
 * Text that fits at 200% zoom (issue 9), with the browser's own zoom (chrome.tabs.setZoom, per
 * tab), so text is twice as big relative to the box it is drawn in:
 * - the popup and the side panel in a 400x600 box: 200x300 CSS px, the side panel's real case
 *   (the toolbar popup grows with zoom up to 800x600, so it has more room than this);
 * - the library and the settings page in a 1280x800 window: 640x400 CSS px.
 * Nothing may scroll sideways, and no heading may be cut off.
 */
import type { Page } from '@playwright/test';
import { expect, openPopupFor, test } from './fixtures';
import { ARTICLE, dismissFirstRun, fillArticleContext, openFilledArticle } from './ui-setup';

// Each test launches Chromium and reads an article; the machine may be busy: be patient, not fast.
test.describe.configure({ timeout: 240_000 });

interface TabsApi {
  tabs: {
    getCurrent: () => Promise<{ id?: number } | undefined>;
    setZoomSettings: (tabId: number, settings: { scope: 'per-tab' }) => Promise<void>;
    setZoom: (tabId: number, factor: number) => Promise<void>;
  };
}

/** Zooms the extension page's own tab, as Ctrl + does, and waits until the layout follows. */
async function zoomTab(page: Page, box: { width: number; height: number }, factor: number): Promise<void> {
  await page.setViewportSize(box);
  await page.evaluate(async (f) => {
    const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
    const tab = await api.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('not in a tab');
    // Per tab: the extension's other pages keep 100%.
    await api.tabs.setZoomSettings(tab.id, { scope: 'per-tab' });
    await api.tabs.setZoom(tab.id, f);
  }, factor);
  await expect.poll(() => page.evaluate(() => innerWidth)).toBe(Math.round(box.width / factor));
}

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements reaching past the right or left edge of the page. */
  outside: string[];
  /** Headings whose text does not fit their box (clipped or ellipsized). */
  clipped: string[];
}

/** What sticks out sideways: the page, any element, and any heading's text. */
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const outside: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right > width + 0.5 || rect.left < -0.5)
        outside.push(`${describe(el)} ${rect.left}..${rect.right}`);
    }
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('h1, h2, h3, summary, .section-title')) {
      if (el.getClientRects().length === 0) continue;
      if (el.scrollWidth > el.clientWidth + 0.5 || el.scrollHeight > el.clientHeight + 0.5) {
        clipped.push(
          `${describe(el)} ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
        );
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside, clipped };
  });
}

async function expectNoOverflow(page: Page, what: string): Promise<void> {
  const overflow = await measureOverflow(page);
  expect.soft(overflow.outside, `${what}: elements outside the page`).toEqual([]);
  expect.soft(overflow.clipped, `${what}: headings cut off`).toEqual([]);
  expect(overflow.scrollWidth, `${what}: scrolls sideways`).toBeLessThanOrEqual(overflow.clientWidth);
}

test('popup and side panel at 200% zoom in a 400x600 box', async ({ context, extensionId, site }) => {
  const article = await context.newPage();
  await article.goto(site.origin + ARTICLE);
  const popup = await openPopupFor(context, extensionId, article);
  await zoomTab(popup, { width: 400, height: 600 }, 2);
  await expect(popup.getByTestId('first-run')).toBeVisible();
  await expect(popup.getByTestId('article-title')).toBeVisible();
  await expectNoOverflow(popup, 'popup at first run');

  await dismissFirstRun(popup);
  await fillArticleContext(popup);
  await expectNoOverflow(popup, 'popup on an article');
  await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await popup.getByTestId('clipping-edit').click();
  await expect(popup.getByTestId('clipping-tags-input')).toBeVisible();
  await expectNoOverflow(popup, 'popup with every disclosure open and a clipping in edit');

  const panel = await context.newPage();
  await panel.goto(popup.url() + '&panel=1');
  await zoomTab(panel, { width: 400, height: 600 }, 2);
  await expect(panel.getByTestId('clipping')).toBeVisible();
  await expectNoOverflow(panel, 'side panel');
});

test('library and settings at 200% zoom in a 1280x800 window', async ({ context, extensionId, site }) => {
  await openFilledArticle(context, extensionId, site.origin);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await zoomTab(library, { width: 1280, height: 800 }, 2);
  await expect(library.getByTestId('library-item')).toHaveCount(2);
  await expect(library.getByTestId('library-search')).toBeVisible();
  await expectNoOverflow(library, 'library');
  await library.getByTestId('item-select').first().check();
  await expect(library.getByTestId('selected-count')).toHaveText('1 selected');
  await expectNoOverflow(library, 'library with a selection');

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await zoomTab(settings, { width: 1280, height: 800 }, 2);
  await expect(settings.getByRole('heading', { name: 'Source Context settings' })).toBeVisible();
  await expectNoOverflow(settings, 'settings');
});
