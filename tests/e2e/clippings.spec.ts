/**
 * Clippings journey (issue 7): select text -> save with note and tag via the in-page button ->
 * reload -> the highlight is back -> the page is edited (served variant) -> the popup lists the
 * clipping as an orphan with its context -> re-attach it to a new selection. Saving by the
 * keyboard shortcut is shortcut.spec.ts (it needs a real X key press).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fillClipForm, highlightedText, reloadAndFindClipping } from './clip-steps';
import { expect, test } from './fixtures';

const PATH = '/news/opposition-rally-paris.html';
const ORIGINAL = readFileSync(`tests/fixtures/site${PATH}`, 'utf8');

/** Selects `phrase` in the page like a mouse would, and returns where the selection is. */
async function selectPhrase(
  page: Page,
  phrase: string,
): Promise<{ left: number; top: number; bottom: number }> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      const rect = range.getBoundingClientRect();
      return { left: rect.left, top: rect.top, bottom: rect.bottom };
    }
    throw new Error(`phrase not on the page: ${text}`);
  }, phrase);
}

test('save a clipping in the page, find it again, orphan it by an edit, re-attach it', async ({
  context,
  site,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto(site.origin + PATH);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('article-title')).toBeVisible();
  await popup.close();

  const phrase = 'passed by the Senate by a vote of 92 to 6';
  const rect = await selectPhrase(page, phrase);
  await page.waitForTimeout(200);
  // The button sits just below the selection, inside a closed shadow root: click where it is.
  await page.mouse.click(Math.max(8, rect.left) + 30, rect.bottom + 8 + 14);
  await fillClipForm(page, 'Check the roll call.', 'sanctions, senate', phrase);

  const found = await reloadAndFindClipping(page, phrase, openPopup);
  let view = found.view;
  const item = found.item;
  await expect(item.getByTestId('clipping-note')).toHaveText('Check the roll call.');
  await expect(item).toContainText('sanctions');
  await view.close();

  // The publisher rewrites the sentence: the clipping can no longer be found.
  site.override(
    PATH,
    ORIGINAL.replace('was passed by the Senate by a vote of 92 to 6', 'cleared Congress last week'),
  );
  await page.reload();
  await page.waitForTimeout(1_000);
  expect(await highlightedText(page)).toBe('');
  view = await openPopup(page);
  const orphan = view.getByTestId('clipping');
  await expect(orphan).toHaveAttribute('data-anchor', 'orphan');
  await expect(orphan.getByTestId('orphan')).toContainText('a vote of 92 to 6');

  await page.bringToFront();
  await selectPhrase(page, 'cleared Congress last week');
  await view.getByTestId('reattach').click();
  await expect(view.getByTestId('clipping')).toHaveAttribute('data-anchor', 'anchored');
  await expect.poll(() => highlightedText(page)).toBe('cleared Congress last week');
  site.reset();
});
