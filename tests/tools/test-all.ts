/**
 * `npm test`: everything CI runs, in order, stopping at the first failure: format/lint/typecheck,
 * unit tests, the Chrome and Firefox builds with `web-ext lint`, the Playwright e2e suite in real
 * Chromium, the Firefox journey (tests/e2e-firefox, on the build the lint step made), and a short
 * bench run (so it never rots; it does not fail on timing).
 */
import { spawnSync } from 'node:child_process';
import { findBrowser, NO_BROWSER_ADVICE } from './find-browser';

const steps: [string, string[]][] = [
  ['check (format, lint, typecheck)', ['npm', 'run', '--silent', 'check']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['build (Chrome MV3)', ['npx', 'wxt', 'build']],
  ['build (Firefox) + web-ext lint', ['npm', 'run', '--silent', 'lint:firefox']],
  [
    'store packages (Chrome zip, Firefox zip + sources zip)',
    ['sh', '-c', 'npm run --silent zip && npm run --silent zip:firefox'],
  ],
  ['e2e tests (Chromium)', ['npx', 'playwright', 'test']],
  ['e2e tests (Firefox)', ['npx', 'tsx', 'tests/e2e-firefox/run.ts']],
  ['bench (quick)', ['npm', 'run', '--silent', 'bench', '--', '--quick']],
];

/**
 * A step that runs this long is hung, not slow (the slowest, the Chromium e2e suite, takes ~2 min
 * here): stop it and fail with its name, so a hang costs minutes rather than CI's whole budget.
 */
const STEP_LIMIT_MS = 20 * 60_000;

function main(): number {
  let browser;
  try {
    browser = findBrowser();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  if (!browser) {
    process.stderr.write(`${NO_BROWSER_ADVICE}\nThe e2e tests need one; nothing was run.\n`);
    return 1;
  }
  process.stdout.write(`Browser: ${browser.path} (from ${browser.from})\n`);
  for (const [name, [cmd, ...args]] of steps) {
    process.stdout.write(`\n=== ${name}: ${[cmd, ...args].join(' ')}\n`);
    const started = Date.now();
    const result = spawnSync(cmd!, args, {
      stdio: 'inherit',
      env: { ...process.env, CHROMIUM_PATH: browser.path },
      timeout: STEP_LIMIT_MS,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
      process.stderr.write(`\n✘ ${name} stopped: still running after ${STEP_LIMIT_MS / 60_000} min (hung)\n`);
      return 1;
    }
    if (result.status !== 0) {
      process.stderr.write(`\n✘ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds}s\n`);
      return result.status ?? 1;
    }
    process.stdout.write(`✔ ${name} (${seconds}s)\n`);
  }
  return 0;
}

process.exitCode = main();
