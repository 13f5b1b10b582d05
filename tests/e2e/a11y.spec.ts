/**
 * Accessibility (issue 9): axe-core on every view the reader meets, in light and dark: the popup
 * at first run, on an article with every section filled (and with every disclosure open), on a
 * page that is not an article, the side panel view, the library holding clippings, and the
 * settings page. Each must have no violation of WCAG 2.0/2.1/2.2 A and AA or axe's best practices.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openPopupFor, test } from './fixtures';
import {
  ARTICLE,
  CLIPPED,
  dismissFirstRun,
  fillArticleContext,
  NOT_ARTICLE,
  openFilledArticle,
} from './ui-setup';

// Each test launches Chromium and reads an article; the machine may be busy: be patient, not fast.
test.describe.configure({ timeout: 240_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;

/**
 * Axe's violations as short readable lines (rule, impact, the elements and why), [] when clean.
 * Contrast axe could not decide (text it could not see, e.g. scrolled out of its box) counts too:
 * every text must have been checked.
 */
async function violationsOf(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const undecided = results.incomplete.filter((r) => r.id === 'color-contrast');
  return [...results.violations, ...undecided].flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? '?'}) ${n.target.join(' ')}: ` +
        (n.failureSummary ?? n.any.map((c) => c.message).join('; ')).replace(/\s+/g, ' '),
    ),
  );
}

/** Runs axe on `page` in both colour schemes; `ready` waits for the view to be on screen. */
async function expectNoViolations(page: Page, what: string, ready: () => Promise<void>): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await ready();
    // The theme follows the scheme: make sure the emulation reached the page before judging it.
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      colorScheme === 'dark',
    );
    expect.soft(await violationsOf(page), `${what}, ${colorScheme}`).toEqual([]);
  }
}

/** Opens every <details> (publisher editor, organizations, opinion) so axe sees what they hold. */
async function openAllDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

test('popup: first run, article with every section, non-article page, side panel', async ({
  context,
  extensionId,
  site,
}) => {
  const article = await context.newPage();
  await article.goto(site.origin + ARTICLE);
  const popup = await openPopupFor(context, extensionId, article);
  await expectNoViolations(popup, 'popup, first run', async () => {
    await expect(popup.getByTestId('first-run')).toBeVisible();
    await expect(popup.getByTestId('article-title')).toBeVisible();
  });

  await dismissFirstRun(popup);
  await fillArticleContext(popup);
  await expectNoViolations(popup, 'popup on an article', async () => {
    await expect(popup.getByTestId('claim').first()).toBeVisible();
    await expect(popup.getByTestId('organization').first()).toBeVisible();
    await expect(popup.getByTestId('clipping')).toContainText(CLIPPED);
  });
  await openAllDisclosures(popup);
  await popup.getByTestId('clipping-edit').click();
  await expectNoViolations(popup, 'popup on an article, disclosures open, clipping in edit', async () => {
    await expect(popup.getByTestId('org-aliases').first()).toBeVisible();
    await expect(popup.getByTestId('affiliation-input')).toBeVisible();
    await expect(popup.getByTestId('clipping-note-input')).toBeVisible();
  });
  await popup.getByTestId('note-delete').click();
  await expectNoViolations(popup, 'popup with the undo toast', async () => {
    await expect(popup.getByTestId('undo')).toBeVisible();
  });

  const front = await context.newPage();
  await front.goto(site.origin + NOT_ARTICLE);
  const notArticle = await openPopupFor(context, extensionId, front);
  await expectNoViolations(notArticle, 'popup on a non-article page', async () => {
    await expect(notArticle.getByTestId('state')).toHaveAttribute('data-state', 'not-article');
  });

  await article.bringToFront();
  const panel = await openPopupFor(context, extensionId, article);
  await panel.setViewportSize({ width: 360, height: 800 });
  await panel.goto(panel.url() + '&panel=1');
  await expectNoViolations(panel, 'side panel on an article', async () => {
    await expect(panel.getByTestId('article-title')).toBeVisible();
    await expect(panel.getByTestId('clipping')).toBeVisible();
    await expect(panel.getByTestId('open-panel')).toHaveCount(0);
  });
});

test('library holding clippings and notes, and the settings page', async ({ context, extensionId, site }) => {
  await openFilledArticle(context, extensionId, site.origin);
  const library = await context.newPage();
  // Tall enough that the whole side column is on screen: axe judges contrast only on what it sees.
  await library.setViewportSize({ width: 1100, height: 1400 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expectNoViolations(library, 'library', async () => {
    await expect(library.getByTestId('library-item')).toHaveCount(2);
    await expect(library.getByTestId('item-quote')).toContainText(CLIPPED);
    await expect(library.getByTestId('storage-usage')).toBeVisible();
  });
  await library.getByTestId('item-select').first().check();
  await expectNoViolations(library, 'library with a selection', async () => {
    await expect(library.getByTestId('selected-count')).toHaveText('1 selected');
  });

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expectNoViolations(settings, 'settings', async () => {
    await expect(settings.getByRole('heading', { name: 'Source Context settings' })).toBeVisible();
  });
});
