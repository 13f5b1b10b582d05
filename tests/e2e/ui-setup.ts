/**
 * Shared set-up for the accessibility, keyboard and zoom specs: the popup on an article with
 * everything a section can hold (publisher card with an affiliation flag, claims, organizations,
 * a note and a clipping), reached through the extension's own UI commands.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { hashText } from '../../lib/hash';
import { expect, openPopupFor } from './fixtures';

export const ARTICLE = '/news/opposition-rally-paris.html';
export const NOT_ARTICLE = '/world/';
export const CLIPPED =
  'a bill imposing new sanctions on Tehran was passed by the Senate by a vote of 92 to 6';

interface RuntimeApi {
  runtime: { sendMessage: (message: unknown) => Promise<{ ok: boolean; value?: unknown; error?: string }> };
}

/** Sends a UI command from an extension page, as the popup would; throws when it failed. */
export async function sendUiCommand(extensionPage: Page, message: object): Promise<unknown> {
  const result = await extensionPage.evaluate(async (m) => {
    const api = (globalThis as unknown as { chrome: RuntimeApi }).chrome;
    return api.runtime.sendMessage(m);
  }, message);
  if (!result.ok) throw new Error(`${JSON.stringify(message)} failed: ${result.error}`);
  return result.value;
}

/** Dismisses the first-run explanation (the popup's "Got it"), which a fresh profile shows. */
export async function dismissFirstRun(popup: Page): Promise<void> {
  await popup.getByTestId('first-run-dismiss').click();
  await expect(popup.getByTestId('first-run')).toHaveCount(0);
}

/**
 * On the popup of the article tab (`tabId` from its URL): a note, a clipping of `CLIPPED` and an
 * affiliation of the publisher with an organization the article names, so the flag shows.
 */
export async function fillArticleContext(popup: Page): Promise<void> {
  await expect(popup.getByTestId('article-title')).toBeVisible();
  const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
  const view = (await sendUiCommand(popup, { type: 'getTabContext', tabId })) as {
    page: { pageKey: string; context: { url: string; article: { title: string } } };
    domain: string;
  };
  // The stored article text, for the hash a clipping keeps (so the text does not read as edited).
  const articleText = await popup.evaluate(async (pageKey) => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const rq = indexedDB.open('source-context');
      rq.onsuccess = () => ok(rq.result);
      rq.onerror = () => ko(rq.error);
    });
    const record = await new Promise<{ context: { article: { text: string } } }>((ok, ko) => {
      const rq = db.transaction('pages').objectStore('pages').get(pageKey);
      rq.onsuccess = () => ok(rq.result);
      rq.onerror = () => ko(rq.error);
    });
    db.close();
    return record.context.article.text;
  }, view.page.pageKey);
  const now = Date.now();
  await sendUiCommand(popup, {
    type: 'restoreClipping',
    tabId,
    clipping: {
      id: 'a11y-clip',
      pageKey: view.page.pageKey,
      pageUrl: view.page.context.url,
      canonicalUrl: null,
      title: view.page.context.article.title,
      publisherDomain: view.domain,
      publisherName: 'Liberty Iran Monitor',
      quote: { exact: CLIPPED, prefix: '', suffix: '' },
      position: null,
      textHash: hashText(articleText),
      note: 'Check the roll call.',
      tags: ['sanctions'],
      createdAtMs: now - 60_000,
      updatedAtMs: now - 60_000,
    },
  });
  await sendUiCommand(popup, {
    type: 'saveNote',
    pageKey: view.page.pageKey,
    text: 'Who funds this site? No ownership page.',
  });
  await sendUiCommand(popup, {
    type: 'addAffiliation',
    domain: view.domain,
    organization: "People's Mojahedin Organization of Iran",
    sourceUrl: 'https://example.org/report-on-the-site',
  });
  await popup.reload();
  await expect(popup.getByTestId('clipping')).toHaveAttribute('data-anchor', 'anchored');
  await expect(popup.getByTestId('note')).toHaveCount(1);
  await expect(popup.getByTestId('affiliation-flag')).toHaveCount(1);
}

/**
 * Opens the article on the fixture site, its popup past the first run, and fills the context
 * (fillArticleContext): the starting point of the library specs. Returns the article tab.
 */
export async function openFilledArticle(
  context: BrowserContext,
  extensionId: string,
  origin: string,
): Promise<Page> {
  const article = await context.newPage();
  await article.goto(origin + ARTICLE);
  const popup = await openPopupFor(context, extensionId, article);
  await dismissFirstRun(popup);
  await fillArticleContext(popup);
  return article;
}
