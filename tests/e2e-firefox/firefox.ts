/**
 * Firefox for the e2e tests: finds an installed Firefox, prepares a test copy of the MV2 build and
 * launches Firefox headless on a fresh profile through puppeteer-core (WebDriver BiDi). Playwright
 * cannot drive a stock Firefox; puppeteer-core can, and downloads no browser.
 *
 * Network: everything but 127.0.0.1 goes to a local "black hole" proxy that refuses it and records
 * the host, so the tests can show that the extension itself sends nothing anywhere.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const EXTENSION_ID = 'source-context@source-context.org';
/** Fixed for the test profile (pref `extensions.webextensions.uuids`) so the tests know the origin. */
export const EXTENSION_UUID = '5c0e7c3a-0d1e-4c6b-9f3e-7e57f12e2e01';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const CANDIDATES = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/** The Firefox executable: `FIREFOX_PATH`, else a system install; null when there is none. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.FIREFOX_PATH) {
    if (existsSync(env.FIREFOX_PATH)) return env.FIREFOX_PATH;
    throw new Error(`FIREFOX_PATH is set to ${env.FIREFOX_PATH}, which does not exist.`);
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Copies the build to a temporary directory and makes popup.html web-accessible there, so a test
 * page can frame the popup (WebDriver BiDi refuses to open moz-extension:// pages directly). This
 * is the only difference from the shipped build.
 */
export function prepareTestExtension(buildDir: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sc-firefox-ext-'));
  cpSync(buildDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.web_accessible_resources = ['popup.html'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BlackHole {
  port: number;
  /** Hosts that Firefox tried to reach beyond 127.0.0.1 (refused). */
  hosts: string[];
  close: () => Promise<void>;
}

/** A proxy on 127.0.0.1 that refuses every request and records where it was going. */
export async function startBlackHole(): Promise<BlackHole> {
  const hosts: string[] = [];
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', (chunk) => {
      const [, target = '?'] = chunk.toString('latin1').split('\r\n')[0]?.split(' ') ?? [];
      hosts.push(target.replace(/^https?:\/\//, '').replace(/[/:].*$/, ''));
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    hosts,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Launches Firefox headless on a fresh temporary profile and installs the extension from `dir`. */
export async function launchFirefox(
  executablePath: string,
  dir: string,
  proxyPort: number,
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: process.env.HEADED !== '1',
    dumpio: process.env.DEBUG_FIREFOX === '1',
    protocolTimeout: 30_000,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'network.trr.mode': 5,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'devtools.console.stdout.content': process.env.DEBUG_FIREFOX === '1',
    },
  });
  const id = await browser.installExtension(dir);
  if (id !== EXTENSION_ID) throw new Error(`installed extension has id ${id}, expected ${EXTENSION_ID}`);
  return browser;
}

/** Closes the browser; kills it if it does not close within a few seconds. */
export async function closeFirefox(browser: Browser): Promise<void> {
  const timer = setTimeout(() => browser.process()?.kill('SIGKILL'), 5_000);
  await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
  clearTimeout(timer);
}
