/**
 * Finds a Chromium-family browser the way a user's machine has one: `CHROMIUM_PATH`, then a
 * system Chromium or Chrome, then Playwright's own browser (where the network allowed
 * `npx playwright install chromium`). Returns null, with advice, when there is none.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_BROWSER_ADVICE = [
  'No Chromium or Chrome was found.',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium',
  '  - or install Google Chrome, or run: npx playwright install chromium',
  '  - or point CHROMIUM_PATH at a Chromium/Chrome executable.',
].join('\n');

/** The browser executable to use, and where it was found. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): { path: string; from: string } | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, from: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  for (const candidate of SYSTEM_CANDIDATES) {
    if (existsSync(candidate)) return { path: candidate, from: 'system' };
  }
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath: () => string } };
    const path = chromium.executablePath();
    if (path && existsSync(path)) return { path, from: 'playwright' };
  } catch {
    // playwright-core missing or no browser downloaded
  }
  return null;
}

/** Chromium flags that keep a closed network quiet and let the extension load. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
}
