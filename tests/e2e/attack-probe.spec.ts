/**
 * Issue 11, test 8: a page probing for the extension. Fetching or loading our files from the page
 * fails exactly as for a file we do not have (no web-accessible resources), and on a page that is
 * not an article a MutationObserver the page installs before anything runs sees no node added and
 * no attribute changed by us, and no `source-context-*` element or `[data-source-context]` host
 * exists. Every extension page opened here fails the test on an uncaught error.
 */
import { expect, test } from './fixtures';

const FILES = ['/popup.html', '/detector.js', '/clipper.js', '/manifest.json', '/background.js'];
const MISSING = '/no-such-file.js';

test('our files cannot be fetched or loaded from a page, as if absent', async ({
  context,
  site,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(site.origin + '/world/');
  const origin = `chrome-extension://${extensionId}`;
  const probe = (path: string) =>
    page.evaluate(async (url) => {
      const fetched = await fetch(url).then(
        (r) => `status ${r.status}`,
        (e: Error) => `${e.name}: ${e.message}`,
      );
      const loaded = await new Promise<string>((ok) => {
        const script = document.createElement('script');
        script.src = url;
        script.onload = () => ok('loaded');
        script.onerror = () => ok('error');
        document.head.append(script);
      });
      return { fetched, loaded };
    }, origin + path);
  const missing = await probe(MISSING);
  expect(missing.loaded).toBe('error');
  expect(missing.fetched).toMatch(/TypeError/);
  for (const path of FILES) expect(await probe(path), path).toEqual(missing);
});

test('on a page that is not an article we change nothing, and leave no trace', async ({
  context,
  site,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    // From DOMContentLoaded on (the page has no scripts; the parser's own work is before it).
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) seen.push(`${r.type} ${r.target.nodeName} ${r.attributeName ?? ''}`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
  await page.goto(site.origin + '/world/');
  const popup = await openPopup(page);
  const errors: string[] = [];
  popup.on('pageerror', (error) => errors.push(error.message));
  // The popup's "not an article" comes from the detector in the page: it has run.
  await expect(popup.getByTestId('state')).toHaveAttribute('data-state', 'not-article');
  await page.waitForTimeout(2_500); // and its single-page-app check had time to run again
  const trace = await page.evaluate(() => ({
    seen: (window as unknown as { __seen: string[] }).__seen,
    ours: [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('source-context') || el.hasAttribute('data-source-context'))
      .map((el) => el.outerHTML.slice(0, 80)),
    globals: Object.keys(window).filter((k) => /^(__sc|sourceContext)/i.test(k)),
  }));
  expect(trace).toEqual({ seen: [], ours: [], globals: [] });
  expect(errors).toEqual([]);
});
