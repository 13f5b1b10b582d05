/**
 * Hostile page data (issue 11, tests 3 and 4): a page whose title, site name, byline, JSON-LD
 * publisher, organization names and claims carry XSS vectors, and whose links use javascript:,
 * data: and chrome-extension: URLs. In the popup everything must show as text: no element is
 * created from page text, no script runs, no CSP violation happens, and only http(s) URLs become
 * links. A note carrying a vector is shown as text too.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FORBIDDEN = 'img, svg, script, iframe, object, embed, math, style';

async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(e.violatedDirective),
    );
  });
}

test('hostile strings from a page and a note render as text in the popup', async ({
  context,
  site,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto(site.origin + '/news/hostile-xss.html');
  const popup = await openPopup(page);
  await watchCsp(popup);
  await popup.reload();
  await expect(popup.getByTestId('article-title')).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(popup.getByTestId('publisher')).toContainText('<svg');
  await expect(popup.getByTestId('organization').first()).toBeVisible();
  await popup
    .getByTestId('note-input')
    .fill('<img src=x onerror="window.__pwned=7"><script>window.__pwned=8</script>');
  await popup.getByTestId('note-save').click();
  await expect(popup.getByTestId('note-text')).toContainText('<script>window.__pwned=8</script>');
  await popup
    .locator('details')
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));

  expect(await popup.locator('#app').locator(FORBIDDEN).count()).toBe(0);
  const hrefs = await popup.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await popup.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
