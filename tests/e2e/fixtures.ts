/**
 * Playwright fixtures: the built extension loaded into Chromium (headless unless HEADED=1), the
 * fixture site served from 127.0.0.1, and helpers to open the popup for a tab and to stop the
 * service worker.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findBrowser, NO_BROWSER_ADVICE } from '../tools/find-browser';
import { startFixtureServer, type FixtureServer } from '../tools/serve';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * Launches Chromium with the extension (the build in `extensionDir`) on a profile directory (kept
 * across relaunches), with `extraArgs` after the usual flags.
 */
export async function launchWithExtension(
  profileDir: string,
  extraArgs: string[] = [],
  extensionDir = EXTENSION_DIR,
): Promise<BrowserContext> {
  const browser = findBrowser();
  if (!browser) throw new Error(NO_BROWSER_ADVICE);
  return chromium.launchPersistentContext(profileDir, {
    executablePath: browser.path,
    headless: process.env.HEADED !== '1',
    args: [...chromiumArgs(extensionDir), ...extraArgs],
  });
}

/** The extension's service worker (waits for it to start). */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  site: FixtureServer;
  profileDir: string;
  context: BrowserContext;
  extensionId: string;
  /** Opens the popup page about the tab showing `page`. */
  openPopup: (page: Page) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  site: async ({}, use) => {
    const server = await startFixtureServer('tests/fixtures/site');
    await use(server);
    await server.close();
  },
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const context = await launchWithExtension(profileDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorkerOf(context);
    await use(new URL(worker.url()).host);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use((page: Page) => openPopupFor(context, extensionId, page));
  },
});

interface ChromeTabsApi {
  tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> };
}

/**
 * Opens popup.html as a tab about `page`'s tab (`?tab=<id>`). The tab id is looked up from an
 * extension page, which also wakes a stopped service worker.
 */
export async function openPopupFor(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=0`);
  const tabId = await popup.evaluate(async (target: string) => {
    const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? -1;
  }, page.url());
  if (tabId < 0) throw new Error(`no tab shows ${page.url()}`);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Stops the extension's service worker through CDP and waits until it has stopped. */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((ok) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      if (event.versions.some((v) => v.runningStatus === 'stopped')) ok();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((ok) => setTimeout(ok, 5_000))]);
  await cdp.detach();
}

export { expect } from '@playwright/test';
