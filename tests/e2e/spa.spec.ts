/**
 * Single-page apps change the address without loading a new document, so no new detector starts:
 * an article the app draws after `history.pushState` is still found, read and stored under its
 * own address.
 */
import { expect, test } from './fixtures';

test('an article a single-page app draws after pushState is detected under its new address', async ({
  context,
  site,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto(site.origin + '/world/');
  // The app fetches the article and draws it in place, as client-side routers do.
  await page.evaluate(async () => {
    const html = await (await fetch('/news/iran-protests-spread.html')).text();
    const drawn = new DOMParser().parseFromString(html, 'text/html');
    history.pushState({}, '', '/news/iran-protests-spread.html');
    document.title = drawn.title;
    document.head.replaceChildren(...Array.from(drawn.head.childNodes, (n) => document.importNode(n, true)));
    document.body.replaceChildren(...Array.from(drawn.body.childNodes, (n) => document.importNode(n, true)));
  });
  const expected = await (await fetch(site.origin + '/news/iran-protests-spread.html')).text();
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(expected)?.[1]?.trim() ?? '';
  expect(title).not.toBe('');
  const popup = await openPopup(page);
  await expect(popup.getByTestId('article-title')).toHaveText(title, { timeout: 15_000 });
});
