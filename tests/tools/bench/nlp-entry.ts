/**
 * Our text half (organizations + claims), bundled by esbuild into an IIFE that sets `__scNlp`,
 * so the bench can time it in Chromium on real article texts.
 */
import { extractClaims } from '../../../lib/claims/index';
import { extractOrganizations } from '../../../lib/organizations/index';

function runNlp(text: string): number {
  const started = performance.now();
  const organizations = extractOrganizations(text);
  extractClaims(text, organizations);
  return performance.now() - started;
}

(globalThis as unknown as { __scNlp: typeof runNlp }).__scNlp = runNlp;
