import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OPEN_DATA_COLLECTION, OPEN_DATA_ORIGINS } from './lib/open-data-permissions';

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
    permissions: [
      'storage',
      'unlimitedStorage',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen', 'sidePanel']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    // Asked for only when the reader turns the open-data lookup on (Settings). MV2 lists them as
    // optional permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: OPEN_DATA_ORIGINS }
      : { optional_host_permissions: OPEN_DATA_ORIGINS }),
    // The always-on detector is a plain script (entrypoints/detector.ts explains why).
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' },
    ],
    // The icon set (public/icon/<size>.png, drawn by `npm run icons`) is found by WXT for `icons`;
    // the toolbar button's own sizes are in entrypoints/popup/index.html (so MV2 gets them too).
    action: { default_title: 'Source Context' },
    commands: {
      'save-clipping': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text as a clipping',
      },
    },
    // The popup page doubles as the side panel / sidebar (`?panel=1`: follows the active tab).
    ...(browser === 'firefox'
      ? { sidebar_action: { default_panel: 'popup.html?panel=1', default_title: 'Source Context' } }
      : { side_panel: { default_path: 'popup.html?panel=1' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'source-context@source-context.org',
              strict_min_version: '140.0',
              // Nothing leaves the machine unless the reader turns the open-data lookup on; then
              // Firefox asks for this consent along with the Wikimedia hosts (options page).
              data_collection_permissions: { required: ['none'], optional: [OPEN_DATA_COLLECTION] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: [
      'tests/**',
      'test-results/**',
      'playwright-report/**',
      '.output/**',
      'coverage/**',
      'bench-results/**',
      '**/*.log',
    ],
  },
});
