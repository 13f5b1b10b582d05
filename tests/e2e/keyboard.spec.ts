/**
 * Keyboard-only journeys (issue 9), with page.keyboard alone once a page is open: in the popup on
 * an article, Tab reaches the publisher, the claims, the organizations and the notes in that order,
 * always with a visible focus ring on screen; a note is written and saved; an organization is
 * expanded and highlighted in the page; a claim is located in the page. In the library, the search
 * box and the results are reached, arrows move between results and Space selects one.
 */
import type { Page } from '@playwright/test';
import { expect, openPopupFor, test } from './fixtures';
import { ARTICLE, openFilledArticle } from './ui-setup';

// Each test launches Chromium and reads an article; the machine may be busy: be patient, not fast.
test.describe.configure({ timeout: 240_000 });

/** What has keyboard focus: where it is, whether its focus ring shows, and whether it is on screen. */
interface Focused {
  /** The landmark or section holding it: a section's heading id, or header/footer. */
  region: string;
  testId: string | null;
  tag: string;
  text: string;
  ring: boolean;
  onScreen: boolean;
  /** Where it is, for failure messages. */
  box: string;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    // A ring is drawn (outline or box-shadow) and no clipping ancestor cuts the outline off.
    let ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const grow = Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const s = getComputedStyle(up);
      const clips =
        s.overflowX !== 'visible' || s.overflowY !== 'visible' || /paint|strict|content/.test(s.contain);
      if (!clips) continue;
      const box = up.getBoundingClientRect();
      if (
        rect.left - grow < box.left - 0.5 ||
        rect.top - grow < box.top - 0.5 ||
        rect.right + grow > box.right + 0.5 ||
        rect.bottom + grow > box.bottom + 0.5
      ) {
        ring = false;
      }
    }
    const onScreen =
      rect.width > 0 &&
      rect.top >= -1 &&
      rect.left >= -1 &&
      rect.bottom <= innerHeight + 1 &&
      rect.right <= innerWidth + 1;
    const holder = el.closest('section[aria-labelledby], header, footer');
    return {
      region: holder?.getAttribute('aria-labelledby') ?? holder?.tagName.toLowerCase() ?? 'none',
      testId: el.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 60) || `${el.getAttribute('type') ?? ''}#${el.id}`,
      ring,
      onScreen,
      box: `${Math.round(rect.left)},${Math.round(rect.top)} to ${Math.round(rect.right)},${Math.round(rect.bottom)} in ${innerWidth}x${innerHeight}`,
    };
  });
}

/** Presses `key` until `until` holds for the focused element (at most `max` times); returns the path. */
async function pressUntil(
  page: Page,
  key: string,
  until: (f: Focused) => boolean,
  max = 60,
): Promise<Focused[]> {
  const path: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (!now)
      throw new Error(`${key} #${i + 1} left focus on the page body, after ${JSON.stringify(path.at(-1))}`);
    path.push(now);
    if (until(now)) return path;
  }
  throw new Error(`${key} x${max} never got there: ${path.map((f) => `${f.region}/${f.tag}`).join(' ')}`);
}

/** Each focus stop must show its ring and be scrolled into view. */
function expectVisibleFocus(path: Focused[]): void {
  expect(path.filter((f) => !f.ring).map((f) => `${f.tag} "${f.text}"`)).toEqual([]);
  expect(path.filter((f) => !f.onScreen).map((f) => `${f.tag} "${f.text}" at ${f.box}`)).toEqual([]);
}

const highlighted = (page: Page, id: string): Promise<string> =>
  page.evaluate(
    (i) =>
      [...document.querySelectorAll(`source-context-highlight[data-highlight-id="${i}"]`)]
        .map((m) => m.textContent)
        .join(''),
    id,
  );

test('popup: reach every section, write a note, highlight an organization, locate a claim', async ({
  context,
  extensionId,
  site,
}) => {
  const article = await context.newPage();
  await article.goto(site.origin + ARTICLE);
  const popup = await openPopupFor(context, extensionId, article);
  await expect(popup.getByTestId('first-run')).toBeVisible();
  await expect(popup.getByTestId('article-title')).toBeVisible();

  // First stop: the skip link, shown once focused; then the first-run "Got it".
  await popup.keyboard.press('Tab');
  expect(await focused(popup)).toMatchObject({ testId: 'skip-to-notes', ring: true, onScreen: true });
  const gotIt = await pressUntil(popup, 'Tab', (f) => f.testId === 'first-run-dismiss', 1);
  expectVisibleFocus(gotIt);
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('first-run')).toHaveCount(0);

  // Forward through the whole panel to the footer.
  const forward = await pressUntil(popup, 'Tab', (f) => f.region === 'footer');
  expectVisibleFocus(forward);
  const regions = forward.map((f) => f.region).filter((r, i, all) => r !== all[i - 1]);
  expect(regions).toEqual(['publisher-heading', 'claims-heading', 'orgs-heading', 'notes-heading', 'footer']);
  expect(forward.filter((f) => f.testId === 'claim')).toHaveLength(5);
  expect(forward.filter((f) => f.testId === 'organization')).toHaveLength(7);

  // Back to the note box; write a note and save it with the keyboard.
  expectVisibleFocus(await pressUntil(popup, 'Shift+Tab', (f) => f.testId === 'note-input'));
  await popup.keyboard.type('Typed without a mouse.');
  expect(await pressUntil(popup, 'Tab', (f) => f.testId === 'note-save', 1)).toHaveLength(1);
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('note-text')).toHaveText('Typed without a mouse.');
  await expect(popup.getByTestId('note-input')).toHaveValue('');
  // Saving keeps focus where it was (a disabled button would drop it on the page body).
  expect(await focused(popup)).toMatchObject({ testId: 'note-save' });

  // Up into the organizations: open the last one and highlight its mentions in the page.
  const org = await pressUntil(popup, 'Shift+Tab', (f) => f.testId === 'organization');
  expectVisibleFocus(org);
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('organization').last().locator('details')).toHaveAttribute('open', '');
  await pressUntil(popup, 'Tab', (f) => f.testId === 'highlight-mentions', 1);
  await popup.keyboard.press('Space');
  await expect.poll(() => highlighted(article, 'sc-mention')).toContain('Iran Commerce Chamber');
  await expect(popup.getByTestId('highlight-mentions').last()).toHaveAttribute('aria-pressed', 'true');

  // Up into the claims: locate the last one shown in the page.
  const claim = await pressUntil(popup, 'Shift+Tab', (f) => f.testId === 'claim' && f.tag === 'button');
  expectVisibleFocus(claim);
  const claimText = claim.at(-1)!.text;
  await popup.keyboard.press('Enter');
  let located = '';
  await expect.poll(async () => (located = await highlighted(article, 'sc-located'))).not.toBe('');
  expect(claimText).toContain(located.slice(0, 40));

  // The skip link goes straight to the note box.
  await popup.reload();
  await expect(popup.getByTestId('note-text')).toBeVisible();
  await popup.keyboard.press('Tab');
  expect(await focused(popup)).toMatchObject({ testId: 'skip-to-notes' });
  await popup.keyboard.press('Enter');
  expect(await focused(popup)).toMatchObject({ testId: 'note-input', ring: true, onScreen: true });
  await popup.screenshot({ path: test.info().outputPath('popup-skip-to-notes.png') });
});

test('library: reach the search box and the results, move with arrows, select with Space', async ({
  context,
  extensionId,
  site,
}) => {
  await openFilledArticle(context, extensionId, site.origin);
  const library = await context.newPage();
  await library.setViewportSize({ width: 1100, height: 700 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByTestId('library-item')).toHaveCount(2);

  // Tab from the top reaches the search box through the filters, every stop visibly focused.
  const toSearch = await pressUntil(library, 'Tab', (f) => f.testId === 'library-search');
  expectVisibleFocus(toSearch);
  await library.keyboard.type('roll call');
  await expect(library.getByTestId('library-count')).toHaveText('1 result');
  await library.keyboard.press('Control+A');
  await library.keyboard.press('Backspace');
  await expect(library.getByTestId('library-count')).toHaveText('2 results');

  // On to the results: the first row takes focus, arrows move between rows, Space selects.
  const toRow = await pressUntil(library, 'Tab', (f) => f.testId === 'library-item' && f.tag === 'article');
  expectVisibleFocus(toRow);
  const first = toRow.at(-1)!.text;
  await library.keyboard.press('ArrowDown');
  await expect.poll(async () => (await focused(library))?.text).not.toBe(first);
  expect(await focused(library)).toMatchObject({ testId: 'library-item', tag: 'article', ring: true });
  await library.keyboard.press('Space');
  await expect(library.getByTestId('selected-count')).toHaveText('1 selected');
  await library.keyboard.press('ArrowUp');
  await expect.poll(async () => (await focused(library))?.text).toBe(first);
  // Inside a row: its checkbox, then the link to the source, both with a ring that is not cut off.
  const inside = await pressUntil(library, 'Tab', (f) => f.tag === 'a', 2);
  expect(inside.map((f) => f.tag)).toEqual(['input', 'a']);
  expectVisibleFocus(inside);

  // The skip link goes straight to the search box.
  await library.reload();
  await expect(library.getByTestId('library-item')).toHaveCount(2);
  await library.keyboard.press('Tab');
  expect(await focused(library)).toMatchObject({ testId: 'skip-to-search', ring: true, onScreen: true });
  await library.keyboard.press('Enter');
  expect(await focused(library)).toMatchObject({ testId: 'library-search', ring: true });
});
