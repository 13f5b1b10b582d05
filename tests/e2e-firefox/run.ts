/**
 * `npm run test:e2e:firefox`: the built Firefox extension (.output/firefox-mv2) in a real, headless
 * Firefox on a fresh profile, against the fixture site on 127.0.0.1 (clipping-journey.ts). Without
 * a Firefox it skips with a message and exits 0, unless CI is set: then it fails. Bounded in time.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { startFixtureServer } from '../tools/serve';
import { clippingJourney } from './clipping-journey';
import { closeFirefox, findFirefox, launchFirefox, prepareTestExtension, startBlackHole } from './firefox';

/** The build under test; FIREFOX_BUILD_DIR points elsewhere (e.g. an unpacked release). */
const BUILD_DIR = resolve(process.env.FIREFOX_BUILD_DIR ?? '.output/firefox-mv2');
const TIME_LIMIT_MS = 110_000;
const NO_FIREFOX =
  'No Firefox was found. Install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or point ' +
  'FIREFOX_PATH at a Firefox executable.';

const log = (line: string): void => void process.stdout.write(`${line}\n`);

/** CI=1/true/anything but empty, 0 or false. */
function isCi(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.CI) && env.CI !== '0' && env.CI !== 'false';
}

async function main(): Promise<number> {
  let firefox: string | null;
  try {
    firefox = findFirefox();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n0 passed, 1 failed\n`);
    return 1;
  }
  if (!firefox) {
    if (isCi(process.env)) {
      process.stderr.write(
        `${NO_FIREFOX}\nCI is set, so the Firefox e2e tests must run: failing.\n0 passed, 1 failed\n`,
      );
      return 1;
    }
    log(`Firefox e2e tests skipped. ${NO_FIREFOX}\n0 passed, 0 failed, 1 skipped`);
    return 0;
  }
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) {
    process.stderr.write(`No Firefox build in ${BUILD_DIR}: run \`npm run build:firefox\` first.\n`);
    return 1;
  }
  let browser: Browser | null = null;
  const watchdog = setTimeout(() => {
    process.stderr.write(`\nFirefox e2e tests took longer than ${TIME_LIMIT_MS / 1000}s: stopping.\n`);
    browser?.process()?.kill('SIGKILL');
    process.exit(1);
  }, TIME_LIMIT_MS);
  watchdog.unref();

  const site = await startFixtureServer('tests/fixtures/site');
  const hole = await startBlackHole();
  const extension = prepareTestExtension(BUILD_DIR);
  const started = Date.now();
  try {
    log(`Firefox: ${firefox}`);
    browser = await launchFirefox(firefox, extension.dir, hole.port);
    log(`${await browser.version()} with the extension from ${BUILD_DIR}\n`);
    log('Journey: article -> stored -> popup -> clipping -> reload -> popup');
    const { passed, failed, skipped } = await clippingJourney(browser, site, hole).run(log);
    const refused = [...new Set(hole.hosts)].join(', ') || 'none';
    log(`\nRequests beyond 127.0.0.1 (all refused): ${refused}`);
    log(
      `${passed} passed, ${failed} failed, ${skipped} skipped (${((Date.now() - started) / 1000).toFixed(1)}s)`,
    );
    return failed > 0 ? 1 : 0;
  } finally {
    if (browser) await closeFirefox(browser);
    extension.remove();
    await hole.close();
    await site.close();
    clearTimeout(watchdog);
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`Firefox e2e tests could not run: ${String((error as Error)?.stack ?? error)}\n`);
    process.stdout.write('0 passed, 1 failed\n');
    process.exitCode = 1;
  },
);
