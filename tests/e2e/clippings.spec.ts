/**
 * Clippings journey (issue 7): select text -> save with note and tag via the in-page button ->
 * reload -> the highlight is back -> the page is edited (served variant) -> the popup lists the
 * clipping as an orphan with its context -> re-attach it to a new selection. Saving by the
 * keyboard shortcut is shortcut.spec.ts (it needs a real X key press).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import {
  clickSaveButton,
  fillClipForm,
  highlightedText,
  openStoredArticle,
  reloadAndFindClipping,
  typeClipForm,
} from './clip-steps';
import { expect, test } from './fixtures';

const PATH = '/news/opposition-rally-paris.html';
const ORIGINAL = readFileSync(`tests/fixtures/site${PATH}`, 'utf8');
/** The passage every test here clips. */
const PHRASE = 'passed by the Senate by a vote of 92 to 6';

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

/** Selects `phrase` and clicks the in-page "Save clipping" button: the clipping form opens. */
async function openClipForm(page: Page, phrase: string): Promise<void> {
  const rect = await selectPhrase(page, phrase);
  await page.waitForTimeout(200); // the button appears once the selection has settled
  await clickSaveButton(page, rect);
}

/** Opens the stored test article and the clipping form on PHRASE. */
async function openArticleAndClipForm(
  context: BrowserContext,
  origin: string,
  openPopup: (page: Page) => Promise<Page>,
): Promise<Page> {
  const page = await openStoredArticle(context, origin + PATH, openPopup);
  await openClipForm(page, PHRASE);
  return page;
}

test('save a clipping in the page, find it again, orphan it by an edit, re-attach it', async ({
  context,
  site,
  openPopup,
}) => {
  const page = await openArticleAndClipForm(context, site.origin, openPopup);
  await fillClipForm(page, 'Check the roll call.', 'sanctions, senate', PHRASE);

  const found = await reloadAndFindClipping(page, PHRASE, openPopup);
  let view = found.view;
  const item = found.item;
  await expect(item.getByTestId('clipping-note')).toHaveText('Check the roll call.');
  await expect(item).toContainText('sanctions');
  await view.close();

  // The publisher rewrites the sentence: the clipping can no longer be found.
  site.override(PATH, ORIGINAL.replace(`was ${PHRASE}`, 'cleared Congress last week'));
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

/**
 * The in-page form's error line and note, read through CDP: the form lives in a closed shadow
 * root, which page scripts (and Playwright's locators) cannot enter.
 */
async function readClipForm(page: Page): Promise<{ alert: string | null; note: string | null }> {
  const cdp = await page.context().newCDPSession(page);
  type DomNode = {
    nodeName: string;
    nodeValue?: string;
    backendNodeId: number;
    attributes?: string[];
    children?: DomNode[];
    shadowRoots?: DomNode[];
  };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const all: DomNode[] = [];
  const walk = (node: DomNode): void => {
    all.push(node);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
  };
  walk(root);
  const attrs = (n: DomNode) =>
    Object.fromEntries((n.attributes ?? []).flatMap((v, i, a) => (i % 2 ? [] : [[v, a[i + 1]]])));
  const alertNode = all.find(
    (n) => n.nodeName === 'P' && attrs(n).role === 'alert' && !('hidden' in attrs(n)),
  );
  const alert = alertNode ? (alertNode.children ?? []).map((c) => c.nodeValue ?? '').join('') : null;
  const textarea = all.find((n) => n.nodeName === 'TEXTAREA');
  let note: string | null = null;
  if (textarea) {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: textarea.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { return this.value; }',
      returnByValue: true,
    });
    note = result.value as string;
  }
  await cdp.detach();
  return { alert, note };
}

test('a save that fails keeps the form open, says why, keeps the note, and can be tried again', async ({
  context,
  site,
  openPopup,
}) => {
  const page = await openStoredArticle(context, site.origin + PATH, openPopup);
  const worker = context.serviceWorkers()[0]!;
  // The article is removed from storage behind the page's back (as a library clean-up would).
  const removed = await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const open = indexedDB.open('source-context');
      open.onsuccess = () => ok(open.result);
    });
    const store = () => db.transaction('pages', 'readwrite').objectStore('pages');
    const records = await new Promise<unknown[]>((ok) => {
      const all = store().getAll();
      all.onsuccess = () => ok(all.result);
    });
    await new Promise((ok) => (store().clear().onsuccess = ok));
    db.close();
    return records;
  });
  expect(removed).toHaveLength(1);

  await openClipForm(page, PHRASE);
  await typeClipForm(page, 'A note worth keeping.', 'senate');
  await expect
    .poll(async () => (await readClipForm(page)).alert)
    .toMatch(/^Not saved: .*not a stored article/);
  expect((await readClipForm(page)).note).toBe('A note worth keeping.');
  expect(await highlightedText(page)).toBe('');

  // The article is back: the same form saves on the next try.
  await worker.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const open = indexedDB.open('source-context');
      open.onsuccess = () => ok(open.result);
    });
    const tx = db.transaction('pages', 'readwrite');
    for (const record of records) tx.objectStore('pages').put(record);
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  }, removed);
  await page.keyboard.press('Enter');
  await expect.poll(() => highlightedText(page)).toBe(PHRASE);
  expect((await readClipForm(page)).note).toBeNull(); // the form closed once stored
  const view = await openPopup(page);
  await expect(view.getByTestId('clipping-note')).toHaveText('A note worth keeping.');
});

test('a save from a page the extension was reloaded under says to reload the page, and keeps the note', async ({
  context,
  site,
  openPopup,
}) => {
  // With the form open comes the line to the background.
  const page = await openArticleAndClipForm(context, site.origin, openPopup);
  // An update (or a reload from chrome://extensions) leaves this page's script without its extension.
  const worker = context.serviceWorkers()[0]!;
  const closed = new Promise((ok) => worker.once('close', ok));
  await worker
    .evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { reload: () => void } } }).chrome;
      setTimeout(() => api.runtime.reload(), 50);
    })
    .catch(() => undefined);
  await closed;
  await typeClipForm(page, 'Written before the update.', 'senate');
  await expect
    .poll(async () => (await readClipForm(page)).alert)
    .toBe(
      'Not saved: Source Context was updated or restarted since this page was opened. Copy your note, reload the page and save again.',
    );
  expect((await readClipForm(page)).note).toBe('Written before the update.');
});
