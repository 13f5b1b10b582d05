/**
 * Screenshots of the popup on the fixture pages, for the README and for looking at what readers
 * see. `npm run screenshots` writes them to tests/screenshots/; a normal run writes to test-results/.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';

const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? 'tests/screenshots' : 'test-results/screenshots';

test('screenshots of the popup on an article and on a non-article page', async ({
  context,
  site,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto(site.origin + '/news/opposition-rally-paris.html');
  const popup = await openPopup(page);
  await expect(popup.getByTestId('article-title')).toBeVisible();
  await popup.screenshot({ path: join(OUT, 'popup-first-run.png') });
  await popup.getByTestId('first-run-dismiss').click();
  await expect(popup.getByTestId('first-run')).toHaveCount(0);
  await popup.screenshot({ path: join(OUT, 'popup-article.png') });
  await popup.screenshot({ path: join(OUT, 'popup-article-full.png'), fullPage: true });

  const front = await context.newPage();
  await front.goto(site.origin + '/world/');
  const popup2 = await openPopup(front);
  await expect(popup2.getByTestId('state')).toBeVisible();
  await popup2.screenshot({ path: join(OUT, 'popup-not-article.png'), fullPage: true });

  // The library, after the reader saved a note on the article.
  await popup.getByTestId('note-input').fill('Who funds this site? No ownership page.');
  await popup.getByTestId('note-save').click();
  await expect(popup.getByTestId('note-text')).toBeVisible();
  const library = await context.newPage();
  await library.setViewportSize({ width: 1100, height: 700 });
  await library.goto(popup.url().replace(/popup\.html.*$/, 'library.html'));
  await expect(library.getByText('Who funds this site? No ownership page.').first()).toBeVisible();
  await library.screenshot({ path: join(OUT, 'library.png') });
});
