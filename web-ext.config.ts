import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would launch a browser by itself; tests/tools/start.ts does that instead
// (finds Chromium the way a user's machine has one, and says so plainly when there is none).
export default defineWebExtConfig({ disabled: true });
