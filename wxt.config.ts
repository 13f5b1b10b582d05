import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * WXT configuration. Permissions are deliberately minimal; each is justified in README.md
 * ("Permissions") and pinned by tests/unit/manifest.test.ts.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Source Context',
    description:
      'Who publishes this, which organizations it names, which claims it makes, and your notes. All local.',
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    // Asked for only when the reader turns the open-data lookup on (Settings).
    optional_host_permissions: [
      'https://www.wikidata.org/*',
      'https://query.wikidata.org/*',
      'https://en.wikipedia.org/*',
    ],
    // The always-on detector is a plain script (entrypoints/detector.ts explains why).
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' },
    ],
    action: { default_title: 'Source Context' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'source-context@source-context.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', 'test-results/**', 'playwright-report/**', '.output/**', 'coverage/**'],
  },
});
