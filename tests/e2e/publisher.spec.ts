/**
 * Publisher details journey (issue 6): two articles of one site build up history; the reader adds
 * an affiliation in the popup; a third article naming that organization shows the flag at the top
 * of the publisher card, with its source, and the history counts.
 */
import { expect, test } from './fixtures';

test('history counts and the affiliation flag on the publisher card', async ({
  context,
  site,
  openPopup,
}) => {
  for (const path of ['/news/opposition-rally-paris.html', '/news/iran-protests-spread.html']) {
    const page = await context.newPage();
    await page.goto(site.origin + path);
    const popup = await openPopup(page);
    await expect(popup.getByTestId('article-title')).toBeVisible();
    await popup.close();
  }
  const second = context.pages().find((p) => p.url().endsWith('/news/iran-protests-spread.html'))!;
  const popup = await openPopup(second);
  await expect(popup.getByTestId('publisher-history')).toContainText('Across 2 articles you read here');
  await expect(popup.getByTestId('affiliation-flag')).toHaveCount(0);
  await popup.getByTestId('publisher-edit').click();
  await popup.getByTestId('affiliation-input').fill("People's Mojahedin Organization of Iran");
  await popup.getByTestId('affiliation-source').fill('https://example.org/report-on-the-site');
  await popup.getByTestId('affiliation-add').click();
  // The flag appears at once for this article, which names the PMOI.
  await expect(popup.getByTestId('affiliation-flag')).toContainText(
    "People's Mojahedin Organization of Iran",
  );
  await popup.close();

  const third = await context.newPage();
  await third.goto(site.origin + '/news/opinion-support-opposition.html');
  const thirdPopup = await openPopup(third);
  await expect(thirdPopup.getByTestId('article-title')).toHaveText(
    "The West Must Back Iran's Organised Opposition",
  );
  const flag = thirdPopup.getByTestId('affiliation-flag');
  await expect(flag).toContainText('affiliated with');
  await expect(flag.getByRole('link', { name: 'you' })).toHaveAttribute(
    'href',
    'https://example.org/report-on-the-site',
  );
  await expect(thirdPopup.getByTestId('publisher-history')).toContainText('Across 3 articles you read here');
  await expect(thirdPopup.getByTestId('publisher-history')).toContainText('none has a personal byline');
});
