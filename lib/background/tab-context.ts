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
  const empty = { page: null, description: null, notes: [], domain, publisher };
  if (!url) return { ...empty, state: 'unreadable', url: rawUrl, reason: UNREADABLE };
  const page = await getPageByUrl(db, url);
  if (page?.context.isArticle) {
    return {
      ...empty,
      publisher: await describePublisher(db, domain, page),
      state: 'article',
      url,
      reason: null,
      page,
      description: null,
      notes: await listNotes(db, page.pageKey),
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
