/**
 * Clippings journey by keyboard shortcut (issue 7): select text -> press Alt+Shift+S (the
 * `save-clipping` command) -> the note and tags form opens in the page -> save -> reload -> the
 * highlight is back and the popup lists it with its note and tag.
 *
 * Chromium handles extension commands in the browser process, from the window's real key events:
 * Playwright's `page.keyboard` sends input to the page through the DevTools protocol, past the
 * browser's accelerators, so it never triggers a command (tried: nothing happens). So this spec
 * runs Chromium headed on a private Xvfb display and presses the keys with xdotool, as an X
 * server delivers them from a keyboard. It skips, saying so, where Xvfb or xdotool is missing
 * (Debian/Ubuntu: `apt-get install -y xvfb xdotool`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findBrowser, NO_BROWSER_ADVICE } from '../tools/find-browser';
import { fillClipForm, openStoredArticle, reloadAndFindClipping } from './clip-steps';
import { EXTENSION_DIR, expect, test as base } from './fixtures';

const PATH = '/news/opposition-rally-paris.html';

/** True when `name` is an executable on PATH. */
function hasExecutable(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const MISSING = ['Xvfb', 'xdotool'].filter((name) => !hasExecutable(name));

/** Starts Xvfb on a free display (it picks one and writes its number to fd 3). */
async function startXvfb(): Promise<{ display: string; server: ChildProcess }> {
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    server.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
  });
  return { display, server };
}

/** Runs xdotool on `display`; returns its output. */
function xdotool(display: string, ...args: string[]): string {
  const run = spawnSync('xdotool', args, {
    env: { ...process.env, DISPLAY: display },
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (run.status !== 0) throw new Error(`xdotool ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout.trim();
}

/** The built extension in headed Chromium on a private X display, instead of headless. */
const test = base.extend<{ display: string }>({
  display: async ({}, use) => {
    const { display, server } = await startXvfb();
    await use(display);
    server.kill();
  },
  context: async ({ profileDir, display }, use) => {
    const browser = findBrowser();
    if (!browser) throw new Error(NO_BROWSER_ADVICE);
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: browser.path,
      headless: false,
      args: chromiumArgs(EXTENSION_DIR),
      env: { ...process.env, DISPLAY: display },
    });
    await use(context);
    await context.close();
  },
});

/** Selects `phrase` in the page without any mouse event (so the in-page button never shows). */
async function selectQuietly(page: Page, phrase: string): Promise<void> {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`phrase not on the page: ${text}`);
  }, phrase);
}

/** True while focus is inside our clipping form (a closed shadow root: only its host shows). */
const isFormFocused = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement?.getAttribute('data-source-context') === 'clip-ui');

// Skipped only where Xvfb or xdotool is missing (.ci/run installs both): no other way presses a key
// that reaches Chromium's command dispatch.
test.skip(
  MISSING.length > 0,
  `needs ${MISSING.join(' and ')} to press a real Alt+Shift+S (apt-get install -y xvfb xdotool): ` +
    'headless Chromium does not deliver extension commands to page.keyboard',
);

test('save a clipping with the keyboard shortcut, with a note and a tag', async ({
  context,
  site,
  openPopup,
  display,
}) => {
  const page = await openStoredArticle(context, site.origin + PATH, openPopup);

  const phrase = 'passed by the Senate by a vote of 92 to 6';
  await page.bringToFront();
  await selectQuietly(page, phrase);
  expect(await isFormFocused(page)).toBe(false);
  // The X window showing the article (its title is the tab's), focused like a reader's click would.
  const title = (await page.title()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const windows = xdotool(display, 'search', '--sync', '--onlyvisible', '--name', title).split('\n');
  xdotool(display, 'windowfocus', '--sync', windows[0]!);
  xdotool(display, 'key', '--clearmodifiers', 'alt+shift+s');
  await expect.poll(() => isFormFocused(page)).toBe(true);

  await fillClipForm(page, 'Saved from the keyboard.', 'shortcut', phrase);

  const { item } = await reloadAndFindClipping(page, phrase, openPopup);
  await expect(item.getByTestId('clipping-note')).toHaveText('Saved from the keyboard.');
  await expect(item).toContainText('shortcut');
});
