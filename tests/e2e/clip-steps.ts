/**
 * Steps the clipping specs share: fill the in-page clipping form once it is open (however it was
 * opened: the button, the shortcut), and find the saved clipping again after a reload.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The text of every highlight the extension drew in the page, in document order. */
export function highlightedText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('source-context-highlight')].map((m) => m.textContent).join(''),
  );
}

/** Clicks the in-page "Save clipping" button: just below the selection at `rect`, in a closed shadow root. */
export async function clickSaveButton(page: Page, rect: { left: number; bottom: number }): Promise<void> {
  await page.mouse.click(Math.max(8, rect.left) + 30, rect.bottom + 8 + 14);
}

/** Types the note and the tags into the open form, and presses Enter to save. */
export async function typeClipForm(page: Page, note: string, tags: string): Promise<void> {
  await page.keyboard.type(note);
  await page.keyboard.press('Tab');
  await page.keyboard.type(tags);
  await page.keyboard.press('Enter');
}

/** Types the note and the tags into the open form, saves, and waits for `phrase` to be drawn. */
export async function fillClipForm(page: Page, note: string, tags: string, phrase: string): Promise<void> {
  await typeClipForm(page, note, tags);
  await expect.poll(() => highlightedText(page)).toBe(phrase);
}

/**
 * Reloads the page, waits for `phrase` to be highlighted again, and returns the popup with the
 * (only) clipping, which must read as anchored.
 */
export async function reloadAndFindClipping(
  page: Page,
  phrase: string,
  openPopup: (page: Page) => Promise<Page>,
): Promise<{ view: Page; item: Locator }> {
  await page.reload();
  await expect.poll(() => highlightedText(page)).toBe(phrase);
  const view = await openPopup(page);
  const item = view.getByTestId('clipping');
  await expect(item).toHaveAttribute('data-anchor', 'anchored');
  return { view, item };
}

/** Opens `url` in a new tab and waits until the popup shows it as a stored article. */
export async function openStoredArticle(
  context: BrowserContext,
  url: string,
  openPopup: (page: Page) => Promise<Page>,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('article-title')).toBeVisible();
  await popup.close();
  return page;
}
