/**
 * What the popup shows for a tab: the stored article, or why there is none (pending, failed,
 * not an article, or a page the extension cannot read), plus the reader's notes for the page.
 */
import type { TabContext } from '../messages/contract';
import type { Db } from '../storage/open';
import { listNotes } from '../storage/notes';
import { getPageByUrl } from '../storage/pages';
import { toPageKey, toSafeHttpUrl } from '../urls';
import { findAffiliationFlags, registrableDomain, summarizeHistory } from '../publishers/index';
import { getProfile } from '../storage/publishers';
import { listClippings, listTags } from '../storage/clippings';
import { anchorAllInText, hasTextChanged } from '../anchoring/index';
import type { Clipping } from '../storage/records';
import type { ClippingView } from '../messages/contract';
import type { PageRecord } from '../storage/records';
import type { PublisherView } from '../messages/contract';
import type { BackgroundDeps } from './deps';

const UNREADABLE =
  'Source Context reads web pages (http and https) only, not browser pages, files or the store.';

/** Builds the popup's view of a tab. */
export async function describeTabContext(tabId: number, db: Db, deps: BackgroundDeps): Promise<TabContext> {
  const rawUrl = await deps.getTabUrl(tabId);
  const url = toSafeHttpUrl(rawUrl);
  const domain = url ? registrableDomain(url) || null : null;
  const publisher = await describePublisher(db, domain, null);
  const tags = await listTags(db, 200);
  const empty = { page: null, description: null, notes: [], clippings: [], tags, domain, publisher };
  if (!url) return { ...empty, state: 'unreadable', url: rawUrl, reason: UNREADABLE };
  const page = await getPageByUrl(db, url);
  if (page?.context.isArticle) {
    return {
      ...empty,
      publisher: await describePublisher(db, domain, page),
      state: 'article',
      url,
      reason: null,
      page: withoutArticleText(page),
      description: null,
      notes: await listNotes(db, page.pageKey),
      clippings: describeClippings(await listClippings(db, page.pageKey), page.context.article?.text ?? ''),
    };
  }
  const notes = await listNotes(db, toPageKey(url));
  const tabState = await deps.getTabState(tabId);
  if (tabState && tabState.url === url && (tabState.state === 'pending' || tabState.state === 'failed')) {
    return { ...empty, notes, state: tabState.state, url, reason: tabState.reason };
  }
  const description = await deps.describeTab(tabId);
  if (!description) {
    return {
      ...empty,
      notes,
      state: 'unreadable',
      url,
      reason: 'This page has not been read yet. Reload it to let Source Context look at it.',
    };
  }
  const state = description.detection.isArticle ? 'pending' : 'not-article';
  return { ...empty, notes, state, url, reason: null, description };
}

/** The publisher card's data: profile, history summary, and flags for the article's organizations. */
async function describePublisher(
  db: Db,
  domain: string | null,
  page: PageRecord | null,
): Promise<PublisherView> {
  const profile = domain ? await getProfile(db, domain) : null;
  if (!profile) return { profile: null, summary: null, flags: [] };
  const orgs = page?.context.organizations.map((o) => ({ name: o.name, aliases: o.aliases })) ?? [];
  return { profile, summary: summarizeHistory(profile), flags: findAffiliationFlags(profile, orgs) };
}

/** Where each clipping stands in today's article text (the popup lists orphans and edits). */
export function describeClippings(clippings: Clipping[], articleText: string): ClippingView[] {
  const results = anchorAllInText(articleText, clippings);
  return clippings.map((clipping, i) => {
    const found = results[i]!;
    const anchor =
      found.status === 'anchored'
        ? {
            status: 'anchored' as const,
            method: found.method,
            confidence: found.confidence,
            start: found.start,
            end: found.end,
          }
        : { status: 'orphan' as const, reason: found.reason };
    return { clipping, anchor, edited: hasTextChanged(clipping.textHash, articleText) };
  });
}

/** The popup needs offsets into the article text, not the text itself (up to megabytes). */
function withoutArticleText(page: PageRecord): PageRecord {
  const article = page.context.article;
  return article ? { ...page, context: { ...page.context, article: { ...article, text: '' } } } : page;
}
