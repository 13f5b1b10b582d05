/**
 * Issue 11, test 12: storage full while the reader saves a note. The extension origin's quota is
 * set through CDP (`Storage.overrideQuotaForOrigin`) so that a few long notes fill it; the save
 * that does not fit must be refused with a typed error, write nothing, leave no unhandled
 * rejection in the popup or the service worker, and reads keep working; the popup must say so
 * clearly (role="alert") within a second.
 *
 * Chromium enforces no quota (overridden or not) on an extension with `unlimitedStorage`, which
 * ours asks for, so these tests load a copy of the build without that one permission: the same
 * code, on the path a full disk takes. Chromium reads the quota when the database is first
 * opened, so the override is set before that.
 */
import { chromium, type Page, type Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findBrowser } from '../tools/find-browser';
import { EXTENSION_DIR, expect, serviceWorkerOf, test as base } from './fixtures';

type ChromeApi = { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };

const test = base.extend<{ limitedBuild: string; full: { popup: Page; worker: Worker; errors: string[] } }>({
  limitedBuild: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-limited-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      permissions: string[];
    };
    manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir, limitedBuild }, use) => {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: findBrowser()?.path,
      headless: process.env.HEADED !== '1',
      args: chromiumArgs(limitedBuild),
    });
    await use(context);
    await context.close();
  },
  /** The popup on a stored article with a first note, the quota nearly used up by long notes. */
  full: async ({ context, site, openPopup, extensionId, limitedBuild }, use) => {
    const origin = `chrome-extension://${extensionId}`;
    const cdp = await context.newCDPSession(await context.newPage());
    // The worker's registration counts (about background.js), then room for ~5 long notes.
    const quotaSize = statSync(join(limitedBuild, 'background.js')).size + 500_000;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
    const page = await context.newPage();
    await page.goto(site.origin + '/news/opposition-rally-paris.html');
    const popup = await openPopup(page);
    const errors: string[] = [];
    popup.on('pageerror', (e) => errors.push(e.message));
    await expect(popup.getByTestId('article-title')).toBeVisible();
    await popup.getByTestId('note-input').fill('A note saved before the disk filled up.');
    await popup.getByTestId('note-save').click();
    await expect(popup.getByTestId('note-text')).toHaveCount(1);
    const worker = await serviceWorkerOf(context);
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __errors: string[] };
      g.__errors = [];
      addEventListener('unhandledrejection', (e) => g.__errors.push(`rejection: ${String(e.reason)}`));
      addEventListener('error', (e) => g.__errors.push(`error: ${e.message}`));
    });
    await use({ popup, worker, errors });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  },
});

/** `length` random characters: text that does not compress (IndexedDB compresses values). */
function noise(length = 99_000): string {
  return Array.from({ length }, () => Math.random().toString(36).slice(2, 3)).join('');
}

/** Sends saveNote with a long note about `pageKey` from the popup, as the popup does. */
function sendLongNote(popup: Page, pageKey: string): Promise<{ ok: boolean; error?: unknown }> {
  return popup.evaluate(
    async ([text, key]) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return (await api.runtime.sendMessage({ type: 'saveNote', pageKey: key, text })) as never;
    },
    [noise(), pageKey] as const,
  );
}

/** Every record of every store, read from an extension page (never creating the database). */
function dumpStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const open = indexedDB.open('source-context');
    open.onupgradeneeded = () => open.transaction?.abort();
    const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
    const stores = [...db.objectStoreNames].sort().map((name) => {
      const all = db.transaction(name).objectStore(name).getAll();
      return new Promise((ok) => (all.onsuccess = () => ok([name, all.result])));
    });
    const dump = JSON.stringify(Object.fromEntries((await Promise.all(stores)) as [string, unknown][]));
    db.close();
    return dump;
  });
}

/** Saves long notes until one is refused; returns the refusal and the dump taken just before. */
async function fillUp(popup: Page): Promise<{ refusal: { ok: boolean; error?: unknown }; before: string }> {
  for (let i = 0; i < 20; i++) {
    const before = await dumpStorage(popup);
    const { notes } = JSON.parse(before) as { notes: { pageKey: string }[] };
    const answer = await sendLongNote(popup, notes[0]!.pageKey); // the article's first note

    if (!answer.ok) return { refusal: answer, before };
  }
  throw new Error('the quota never filled up');
}

test('storage full: the save is refused, nothing is half-written, reads still work', async ({ full }) => {
  const { popup, worker, errors } = full;
  const { refusal, before } = await fillUp(popup);
  expect(refusal.ok).toBe(false);
  expect(typeof refusal.error).toBe('string');
  expect(await dumpStorage(popup)).toBe(before); // the refused note left nothing behind
  const stored = (JSON.parse(before) as { notes: unknown[] }).notes.length;
  await popup.reload(); // reads work while full
  await expect(popup.getByTestId('note-text')).toHaveCount(stored);
  expect(await worker.evaluate(() => (globalThis as unknown as { __errors: string[] }).__errors)).toEqual([]);
  expect(errors).toEqual([]);
});

test('storage full: the popup says so, clearly, within a second', async ({ full }) => {
  const { popup, errors } = full;
  await fillUp(popup);
  await popup.reload();
  await popup.getByTestId('note-input').fill(noise());
  const clickedMs = Date.now();
  await popup.getByTestId('note-save').click();
  await expect(popup.getByRole('alert')).toBeVisible({ timeout: 1_000 });
  expect(Date.now() - clickedMs).toBeLessThan(1_000);
  await expect(popup.getByRole('alert')).toContainText(/storage|space|full|room|quota/i);
  expect(errors).toEqual([]);
});
