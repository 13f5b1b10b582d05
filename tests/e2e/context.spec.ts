/**
 * The article's context in the popup (issues 4, 5, 9): organizations folded across acronyms with
 * their aliases, and the in-page highlight toggle; claims ranked with kind and speaker (the pronoun
 * case resolved), opinion listed apart, and a click on a claim locating it in the page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const marks = (page: Page, id: string): Promise<number> =>
  page.evaluate(
    (i) => document.querySelectorAll(`source-context-highlight[data-highlight-id="${i}"]`).length,
    id,
  );

test('organizations and claims in the popup, highlighted and located in the page', async ({
  context,
  site,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto(site.origin + '/news/opposition-rally-paris.html');
  const popup = await openPopup(page);
  await expect(popup.getByTestId('article-title')).toBeVisible();

  const pmoi = popup
    .getByTestId('organization')
    .filter({ hasText: "People's Mojahedin Organization of Iran" });
  await expect(pmoi).toHaveCount(1);
  await pmoi.locator('summary').click();
  await expect(pmoi.getByTestId('org-aliases')).toContainText('PMOI');
  await expect(pmoi.getByTestId('org-aliases')).toContainText('MEK');
  await expect(
    popup.getByTestId('organization').filter({ hasText: 'National Council of Resistance of Iran' }),
  ).toHaveCount(1);
  await expect(
    popup.getByTestId('organization').filter({ hasText: 'Islamic Revolutionary Guard Corps' }),
  ).toHaveCount(1);
  await pmoi.getByTestId('highlight-mentions').click();
  await expect.poll(() => marks(page, 'sc-mention')).toBeGreaterThanOrEqual(3);
  await pmoi.getByTestId('highlight-mentions').click();
  await expect.poll(() => marks(page, 'sc-mention')).toBe(0);

  const claims = popup.getByTestId('claim');
  await expect(claims.first()).toContainText('passed by the Senate');
  await expect(claims.first().getByTestId('claim-kind')).toHaveText('law / official action');
  await popup.getByRole('button', { name: /Show all/ }).click();
  const isis = claims.filter({ hasText: 'created ISIS' });
  await expect(isis.getByTestId('claim-speaker')).toContainText('Supreme Leader');
  await expect(popup.getByTestId('opinion')).toContainText('Opinion');
  await isis.locator('button.claim-text').click();
  await expect.poll(() => marks(page, 'sc-located')).toBeGreaterThan(0);
});
