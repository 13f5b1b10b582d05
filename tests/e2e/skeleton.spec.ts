/**
 * The walking skeleton's journeys: an article is detected and shown in the popup, a section front
 * is "not an article", and a note survives popup close, reload, service-worker stop and a browser
 * restart, and can be edited and deleted (with undo).
 */
import {
  expect,
  launchWithExtension,
  openPopupFor,
  serviceWorkerOf,
  stopServiceWorker,
  test,
} from './fixtures';

const ARTICLE = '/news/opposition-rally-paris.html';

test('an article page is detected and the popup shows its title, site name and domain', async ({
  context,
  site,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto(site.origin + ARTICLE);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('article-title')).toHaveText(
    'Exiled Opposition Rallies in Paris as Senate Passes New Sanctions',
  );
  await expect(popup.getByTestId('publisher')).toContainText('Liberty Iran Monitor');
  await expect(popup.getByTestId('publisher')).toContainText('127.0.0.1');
});

test('a section front is not an article', async ({ context, site, openPopup }) => {
  const page = await context.newPage();
  await page.goto(site.origin + '/world/');
  const popup = await openPopup(page);
  await expect(popup.getByTestId('state')).toHaveAttribute('data-state', 'not-article');
  await expect(popup.getByTestId('state')).toContainText('Not an article');
});

test('a note survives reload, service-worker stop and browser restart; edit and delete work', async ({
  context,
  site,
  openPopup,
  profileDir,
}) => {
  const page = await context.newPage();
  await page.goto(site.origin + ARTICLE);
  let popup = await openPopup(page);
  await expect(popup.getByTestId('article-title')).toBeVisible();
  await popup.getByTestId('note-input').fill('Check who funds this site.');
  await popup.getByTestId('note-save').click();
  await expect(popup.getByTestId('note-text')).toHaveText('Check who funds this site.');
  await popup.close();

  await page.reload();
  popup = await openPopup(page);
  await expect(popup.getByTestId('note-text')).toHaveText('Check who funds this site.');
  await popup.close();

  await stopServiceWorker(context, page);
  popup = await openPopup(page);
  await expect(popup.getByTestId('note-text')).toHaveText('Check who funds this site.');
  await popup.close();

  await context.close();
  const restarted = await launchWithExtension(profileDir);
  try {
    const worker = await serviceWorkerOf(restarted);
    const extensionId = new URL(worker.url()).host;
    const again = await restarted.newPage();
    await again.goto(site.origin + ARTICLE);
    const reopened = await openPopupFor(restarted, extensionId, again);
    await expect(reopened.getByTestId('note-text')).toHaveText('Check who funds this site.');

    await reopened.getByTestId('note-edit').click();
    await reopened.getByTestId('note-edit-input').fill('Check who funds this site: no ownership page.');
    await reopened.getByTestId('note-edit-save').click();
    await expect(reopened.getByTestId('note-text')).toHaveText(
      'Check who funds this site: no ownership page.',
    );

    await reopened.getByTestId('note-delete').click();
    await expect(reopened.getByTestId('note')).toHaveCount(0);
    await reopened.getByTestId('undo').click();
    await expect(reopened.getByTestId('note-text')).toHaveText(
      'Check who funds this site: no ownership page.',
    );
    await reopened.getByTestId('note-delete').click();
    await expect(reopened.getByTestId('note')).toHaveCount(0);
    await reopened.reload();
    await expect(reopened.getByTestId('article-title')).toBeVisible();
    await expect(reopened.getByTestId('note')).toHaveCount(0);
  } finally {
    await restarted.close();
  }
});
