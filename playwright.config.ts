import { defineConfig } from '@playwright/test';

/** E2E tests drive the built extension (.output/chrome-mv3) in real Chromium; see tests/e2e/fixtures.ts. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
