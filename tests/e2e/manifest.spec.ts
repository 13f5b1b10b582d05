/**
 * The built manifests against checked-in snapshots of what they may ask for (issue 11, test 7):
 * permissions and host permissions exactly as designed and justified in the README, a CSP without
 * `unsafe-eval` or remote hosts, and no web-accessible resources (a page cannot probe for us).
 * Runs after `npm test` has built both browsers' outputs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const BUILDS = [
  { name: 'chrome', dir: '.output/chrome-mv3' },
  { name: 'firefox', dir: '.output/firefox-mv2' },
];

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

for (const build of BUILDS) {
  test(`${build.name} manifest asks for exactly what the snapshot allows`, () => {
    const path = `${build.dir}/manifest.json`;
    // Skipped only when run alone without a build (npm test builds both before the e2e suite).
    test.skip(
      !existsSync(path),
      `${path} is not built (npm test builds it; run npm run build${build.name === 'firefox' ? ':firefox' : ''})`,
    );
    const manifest = readJson(path);
    const snapshot = readJson(`tests/fixtures/manifests/${build.name}.json`);
    for (const key of [
      'permissions',
      'host_permissions',
      'optional_permissions',
      'optional_host_permissions',
      'content_scripts',
    ]) {
      expect(manifest[key] ?? null, key).toEqual(snapshot[key] ?? null);
    }
    expect(manifest.web_accessible_resources ?? null).toBeNull();
    expect(manifest.externally_connectable ?? null).toBeNull();
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:/);
  });

  test(`${build.name} manifest names an icon set whose files are PNGs of their sizes`, () => {
    const path = `${build.dir}/manifest.json`;
    // Skipped only when run alone without a build (npm test builds both before the e2e suite).
    test.skip(!existsSync(path), `${path} is not built (npm test builds it)`);
    const manifest = readJson(path);
    const icons = (manifest.icons ?? {}) as Record<string, string>;
    // The stores and browsers ask for 16, 32, 48 and 128 (toolbar, menus, management page, store).
    expect(Object.keys(icons).map(Number)).toEqual(expect.arrayContaining([16, 32, 48, 128]));
    const button = (manifest.action ?? manifest.browser_action) as { default_icon?: object };
    expect(Object.keys(button.default_icon ?? {}).map(Number), 'toolbar button icons').toEqual(
      expect.arrayContaining([16, 32]),
    );
    for (const [size, file] of [...Object.entries(icons), ...Object.entries(button.default_icon ?? {})]) {
      const png = readFileSync(`${build.dir}/${String(file)}`);
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      // IHDR width and height, big-endian at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
    }
  });

  test(`${build.name} always-on detector stays small and free of the schema library`, () => {
    const path = `${build.dir}/detector.js`;
    // Skipped only when run alone without a build (npm test builds both before the e2e suite).
    test.skip(!existsSync(path), `${path} is not built (npm test builds it)`);
    const source = readFileSync(path);
    // The budget of issue 10 (<= 10 KB gzip): one value import from a zod module would add ~140 KB.
    expect(gzipSync(source).length).toBeLessThanOrEqual(10_240);
    expect(source.toString('utf8')).not.toMatch(/ZodError|safeParse/);
  });
}
