/**
 * The Firefox journey (issue 12): visit an article -> the detector finds it -> the background
 * (MV2 background page: DOMParser, IndexedDB) stores its context -> the popup shows it -> a
 * clipping saved from the in-page button -> drawn again after a reload -> listed in the popup.
 * Then a section front, which must not be stored, and a check that nothing went to the open-data
 * hosts. The steps mirror tests/e2e/clippings.spec.ts (Chromium).
 */
import type { Browser, Frame, Page } from 'puppeteer-core';
import type { FixtureServer } from '../tools/serve';
import type { BlackHole } from './firefox';
import { assert, Journey } from './harness';
import {
  clickSaveButton,
  hasPageUi,
  highlightedText,
  openFramedPopup,
  selectPhrase,
  waitFor,
} from './page-helpers';

const ARTICLE_PATH = '/news/opposition-rally-paris.html';
const SECTION_PATH = '/world/';
const FRAME_HOST_PATH = '/popup-frame-host.html';
const PHRASE = 'passed by the Senate by a vote of 92 to 6';

/** The text of the first element matching `selector` in the framed popup (waits for it). */
async function textOf(popup: Frame, selector: string): Promise<string> {
  const element = await popup.waitForSelector(selector, { timeout: 10_000 });
  return (await element?.evaluate((el) => el.textContent ?? '')) ?? '';
}

/** Builds the journey's steps against a running Firefox, fixture site and black-hole proxy. */
export function clippingJourney(browser: Browser, site: FixtureServer, hole: BlackHole): Journey {
  const journey = new Journey();
  const articleUrl = site.origin + ARTICLE_PATH;
  let article: Page;
  let frameHost: Page;

  journey.step('the detector finds the article and the background stores it', async () => {
    site.override(FRAME_HOST_PATH, '<!doctype html><title>Popup frame host</title><body></body>');
    frameHost = await browser.newPage();
    await frameHost.goto(site.origin + FRAME_HOST_PATH);
    article = await browser.newPage();
    await article.goto(articleUrl);
    // The background injects the in-page UI only after the article's context is in IndexedDB.
    const stored = await waitFor(() => hasPageUi(article), 15_000).catch(() => false);
    if (!stored) {
      // Say why: the popup shows the tab's state and the background's reason.
      const popup = await openFramedPopup(frameHost, articleUrl);
      const shown = await textOf(popup, '[data-testid="state"], [data-testid="article-title"]');
      const isStored = (await popup.$('[data-testid="article-title"]')) !== null;
      assert.fail(
        isStored
          ? `the article was stored (the popup shows "${shown}") but the in-page UI never came: a later ` +
              'step of storing failed in the background (badge, tab state or scripting.executeScript)'
          : `the article was not stored after 15 s; the popup says: ${shown}`,
      );
    }
  });

  journey.step('the popup shows the stored article', async () => {
    const popup = await openFramedPopup(frameHost, articleUrl);
    assert.match(await textOf(popup, '[data-testid="article-title"]'), /Exiled Opposition Rallies in Paris/);
    assert.ok((await popup.$$('[data-testid="organization"]')).length > 0, 'organizations are listed');
  });

  journey.step('a clipping is saved from the in-page button with a note and tags', async () => {
    await article.bringToFront();
    const rect = await selectPhrase(article, PHRASE);
    await clickSaveButton(article, rect);
    await article.keyboard.type('Check the roll call.');
    await article.keyboard.press('Tab');
    await article.keyboard.type('sanctions, senate');
    await article.keyboard.press('Enter');
    await waitFor(async () => (await highlightedText(article)) === PHRASE, 10_000, 'the new highlight');
  });

  journey.step('the clipping is drawn again after a reload', async () => {
    await article.reload();
    await waitFor(async () => (await highlightedText(article)) === PHRASE, 15_000, 'the restored highlight');
  });

  journey.step('the popup lists the clipping with its note and tags', async () => {
    const popup = await openFramedPopup(frameHost, articleUrl);
    const clipping = await popup.waitForSelector('[data-testid="clipping"]', { timeout: 10_000 });
    assert.equal(await clipping?.evaluate((el) => el.getAttribute('data-anchor')), 'anchored');
    assert.equal(await textOf(popup, '[data-testid="clipping-note"]'), 'Check the roll call.');
    const text = (await clipping?.evaluate((el) => el.textContent ?? '')) ?? '';
    assert.ok(text.includes('sanctions') && text.includes('senate'), `tags shown in: ${text}`);
  });

  journey.step('a section front is not stored and the popup says so', async () => {
    const section = await browser.newPage();
    await section.goto(site.origin + SECTION_PATH);
    await new Promise((ok) => setTimeout(ok, 1_500)); // the detector runs at document_idle
    const popup = await openFramedPopup(frameHost, site.origin + SECTION_PATH);
    const state = await popup.waitForSelector('[data-testid="state"]', { timeout: 10_000 });
    assert.equal(await state?.evaluate((el) => el.getAttribute('data-state')), 'not-article');
    assert.equal(await hasPageUi(section), false, 'no in-page UI on a section front');
  });

  journey.step('nothing went to the open-data hosts (the lookup is off by default)', async () => {
    assert.deepEqual(
      hole.hosts.filter((host) => /wikidata|wikipedia/.test(host)),
      [],
    );
  });

  return journey;
}
