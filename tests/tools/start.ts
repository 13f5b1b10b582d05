/**
 * `npm start`: builds the extension, serves the demo site from 127.0.0.1, and opens Chromium or
 * Chrome with the extension loaded on the demo article. Finds the browser like the tests do
 * (CHROMIUM_PATH, system Chromium/Chrome, Playwright's browser) and says plainly when it cannot run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findBrowser, NO_BROWSER_ADVICE } from './find-browser';
import { startFixtureServer } from './serve';

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<number> {
  let browser;
  try {
    browser = findBrowser();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  if (!browser) {
    process.stderr.write(`${NO_BROWSER_ADVICE}\n`);
    return 1;
  }
  if (!hasDisplay()) {
    process.stderr.write(
      'npm start opens a browser window, but this machine has no display (DISPLAY/WAYLAND_DISPLAY unset).\n' +
        'On a desktop, run it there; on a server, use `npm test` (headless) or load .output/chrome-mv3 by hand.\n',
    );
    return 1;
  }
  process.stdout.write('Building the extension…\n');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const site = await startFixtureServer('tests/fixtures/site', Number(process.env.PORT ?? 0));
  const demo = `${site.origin}/news/opposition-rally-paris.html`;
  const profile = mkdtempSync(join(tmpdir(), 'source-context-'));
  process.stdout.write(
    `Demo site: ${site.origin}/\nBrowser: ${browser.path} (${browser.from})\nProfile: ${profile}\n`,
  );
  const child = spawn(
    browser.path,
    [...chromiumArgs(resolve('.output/chrome-mv3')), `--user-data-dir=${profile}`, demo],
    {
      stdio: 'ignore',
    },
  );
  process.stdout.write(
    'Click the Source Context toolbar button (pin it from the puzzle menu). Close the browser to stop.\n',
  );
  return new Promise((done) => {
    child.on('exit', () => void site.close().then(() => done(0)));
    child.on('error', (error) => {
      process.stderr.write(`Could not start ${browser.path}: ${error.message}\n`);
      void site.close().then(() => done(1));
    });
  });
}

main().then((code) => (process.exitCode = code));
