/**
 * Messages from content scripts (page-derived, hostile): a serialized article to store, the
 * in-page UI's requests for what to draw, and clippings saved in the page. A content script may
 * only act on the page its own tab shows.
 */
import { ContentMessageSchema, fail, type PageClippings, type Result } from '../messages/contract';
import { addTextAnalysis } from '../analyze-text';
import { recordTextAnalysisTime } from './timing';
import { hashText } from '../hash';
import { PageContextSchema } from '../models/page-context';
import { findAffiliationFlags, registrableDomain } from '../publishers/index';
import { addClippingToPage, listClippings, listTags, snapshotOf } from '../storage/clippings';
import { getPageByUrl, putPageContext } from '../storage/pages';
import { recordVisit } from '../storage/publishers';
import { refreshLibraryPage } from '../storage/library-index';
import { toPageKey } from '../urls';
import { computeBadge } from './badge';
import { describeError } from './describe-error';
import type { BackgroundDeps } from './deps';

export interface ContentSender {
  tabId: number;
  /** The tab's URL as the browser reports it (not as the page claims). */
  url: string | undefined;
}

/** Handles a message from a content script in tab `sender.tabId`. */
export async function handleContentMessage(
  raw: unknown,
  sender: ContentSender,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  const parsed = ContentMessageSchema.safeParse(raw);
  if (!parsed.success) return fail(`Invalid message: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  const message = parsed.data;
  const urlKey = toPageKey(message.url);
  if (sender.url !== undefined && toPageKey(sender.url) !== urlKey) {
    return fail('A page may only speak for itself.');
  }
  const { tabId } = sender;
  switch (message.type) {
    case 'articleExtractionFailed':
      await deps.setTabState(tabId, { state: 'failed', url: message.url, reason: message.reason });
      return { ok: true, value: null };
    case 'pageSerialized':
      return storePage(message.url, message.html, tabId, deps);
    case 'getPageClippings':
      return { ok: true, value: await readPageClippings(message.url, urlKey, tabId, deps) };
    case 'saveClipping': {
      const remembered = deps.articleSnapshots?.get(tabId);
      const known = remembered?.urlKey === urlKey ? remembered.snapshot : null;
      const clipping = await addClippingToPage(
        await deps.db(),
        {
          id: deps.newId(),
          pageUrl: message.url,
          quote: message.selectors.quote,
          position: message.selectors.position,
          note: message.note,
          tags: message.tags,
        },
        deps.now(),
        known,
      );
      return clipping ? { ok: true, value: { id: clipping.id } } : fail('This page is not a stored article.');
    }
  }
}

async function readPageClippings(
  url: string,
  urlKey: string,
  tabId: number,
  deps: BackgroundDeps,
): Promise<PageClippings> {
  const db = await deps.db();
  const page = await getPageByUrl(db, url);
  const snapshot = snapshotOf(page);
  if (snapshot) deps.articleSnapshots?.set(tabId, { urlKey, snapshot });
  else deps.articleSnapshots?.delete(tabId);
  const { highlights } = await deps.getSettings();
  const clippings = page ? await listClippings(db, page.pageKey) : [];
  return {
    articleText: page?.context.article?.text ?? null,
    clippings: clippings.map(({ id, quote, position }) => ({ id, quote, position })),
    tags: await listTags(db, 200),
    highlights,
  };
}

/** Parses a serialized page off the page's thread, analyses its text and stores it. */
async function storePage(
  url: string,
  html: string,
  tabId: number,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  deps.articleSnapshots?.delete(tabId); // the page UI loads the article again once it is stored
  await deps.setTabState(tabId, { state: 'pending', url, reason: null });
  let extracted: unknown;
  try {
    extracted = await deps.extractFromHtml(html, url);
  } catch (error) {
    const reason = `Extraction failed: ${error instanceof Error ? error.message : 'unknown error'}`;
    await deps.setTabState(tabId, { state: 'failed', url, reason });
    return fail(reason);
  }
  const parsed = PageContextSchema.safeParse(extracted);
  if (!parsed.success || parsed.data.url !== url) {
    await deps.setTabState(tabId, { state: 'failed', url, reason: 'The page could not be read.' });
    return fail('Invalid page context.');
  }
  if (!parsed.data.isArticle) {
    await deps.setTabState(tabId, {
      state: 'failed',
      url,
      reason: 'No article text was found on this page.',
    });
    return { ok: true, value: null };
  }
  try {
    const startedMs = performance.now();
    const context = addTextAnalysis({
      ...parsed.data,
      publisher: { ...parsed.data.publisher, domain: registrableDomain(url) },
    });
    recordTextAnalysisTime(url, startedMs);
    const db = await deps.db();
    const { record, isNew } = await putPageContext(
      db,
      context,
      hashText(context.article?.text ?? ''),
      deps.now(),
    );
    // Other tabs showing this article remembered its previous version (title, text hash).
    for (const [tab, remembered] of deps.articleSnapshots ?? [])
      if (remembered.snapshot.source.pageKey === record.pageKey) deps.articleSnapshots?.delete(tab);
    // Clippings saved earlier become findable by this article's (possibly new) organizations.
    await refreshLibraryPage(db, record.pageKey, deps.now());
    const profile = await recordVisit(db, record, isNew, deps.now());
    const orgs = context.organizations.map((o) => ({ name: o.name, aliases: o.aliases }));
    const flags = findAffiliationFlags(profile, orgs).map((f) => f.organization);
    await deps.setBadge(tabId, computeBadge(context, flags));
    await deps.setTabState(tabId, { state: 'article', url, reason: null });
    await deps.injectPageUi(tabId);
    await deps.onPageStored?.(record, isNew, tabId);
    return { ok: true, value: { pageKey: record.pageKey } };
  } catch (error) {
    const reason = `Could not store this article: ${describeError(error)}`;
    await deps.setTabState(tabId, { state: 'failed', url, reason });
    return fail(reason);
  }
}
