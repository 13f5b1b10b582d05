/**
 * The background's message router: validates every message, checks who sent it, and answers
 * `{ ok, value } | { ok: false, error }`. It never throws on bad input. Browser APIs come in as
 * `deps`, so tests drive it with fakes and fuzz it with garbage.
 */
import {
  ContentMessageSchema,
  UiMessageSchema,
  fail,
  type Result,
  type TabContext,
} from '../messages/contract';
import { addTextAnalysis } from '../analyze-text';
import { hashText } from '../hash';
import { PageContextSchema } from '../models/page-context';
import { registrableDomain } from '../publishers/from-page';
import type { Db } from '../storage/open';
import { putPageContext } from '../storage/pages';
import { recordVisit, updateProfile } from '../storage/publishers';
import { addAffiliation, findAffiliationFlags, removeAffiliation, setReaderText } from '../publishers/index';
import { computeBadge } from './badge';
import { toSafeHttpUrl } from '../urls';
import { deleteNote, restoreNote, saveNote } from '../storage/notes';
import type { BackgroundDeps, Sender } from './deps';
import { describeTabContext } from './tab-context';

/** True when the sender is one of our own extension pages (popup, side panel, library, settings). */
export function isExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Handles any incoming runtime message. */
export async function handleMessage(
  raw: unknown,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  try {
    if (isExtensionPage(sender, deps.extensionOrigin)) return await handleUiMessage(raw, deps);
    if (sender.tab?.id !== undefined) return await handleContentMessage(raw, sender.tab.id, deps);
    return fail('Unknown sender.');
  } catch (error) {
    return fail(error instanceof Error ? error.message : 'Unexpected error.');
  }
}

async function handleContentMessage(
  raw: unknown,
  tabId: number,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  const parsed = ContentMessageSchema.safeParse(raw);
  if (!parsed.success) return fail(`Invalid message: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  const message = parsed.data;
  switch (message.type) {
    case 'articleExtractionFailed':
      await deps.setTabState(tabId, { state: 'failed', url: message.url, reason: message.reason });
      return { ok: true, value: null };
    case 'pageSerialized':
      return storePage(message.url, message.html, tabId, deps);
  }
}

/** Parses a serialized page off the page's thread, analyses its text and stores it. */
async function storePage(
  url: string,
  html: string,
  tabId: number,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
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
    const context = addTextAnalysis({
      ...parsed.data,
      publisher: { ...parsed.data.publisher, domain: registrableDomain(url) },
    });
    const db = await deps.db();
    const { record, isNew } = await putPageContext(
      db,
      context,
      hashText(context.article?.text ?? ''),
      deps.now(),
    );
    const profile = await recordVisit(db, record, isNew, deps.now());
    const orgs = context.organizations.map((o) => ({ name: o.name, aliases: o.aliases }));
    const flags = findAffiliationFlags(profile, orgs).map((f) => f.organization);
    await deps.setBadge(tabId, computeBadge(context, flags));
    await deps.onPageStored?.(record, isNew, tabId);
    await deps.setTabState(tabId, { state: 'article', url, reason: null });
    return { ok: true, value: { pageKey: record.pageKey } };
  } catch (error) {
    const reason = `Could not store this article: ${error instanceof Error ? error.message : 'unknown error'}`;
    await deps.setTabState(tabId, { state: 'failed', url, reason });
    return fail(reason);
  }
}

async function handleUiMessage(raw: unknown, deps: BackgroundDeps): Promise<Result<unknown>> {
  const parsed = UiMessageSchema.safeParse(raw);
  if (!parsed.success) return fail(`Invalid message: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  const message = parsed.data;
  const db: Db = await deps.db();
  switch (message.type) {
    case 'getTabContext':
      return { ok: true, value: (await describeTabContext(message.tabId, db, deps)) satisfies TabContext };
    case 'saveNote':
      return { ok: true, value: await saveNote(db, message, deps.now(), deps.newId) };
    case 'deleteNote':
      return { ok: true, value: await deleteNote(db, message.id) };
    case 'restoreNote':
      return { ok: true, value: await restoreNote(db, message.note) };
    case 'setPublisherText':
      return {
        ok: true,
        value: await updateProfile(
          db,
          message.domain,
          (p) => setReaderText(p, message.field, message.text, deps.now()),
          deps.now(),
        ),
      };
    case 'addAffiliation': {
      const sourceUrl = toSafeHttpUrl(message.sourceUrl) ?? undefined;
      const affiliation = {
        organization: message.organization,
        source: 'reader' as const,
        addedAtMs: deps.now(),
        ...(sourceUrl ? { sourceUrl } : {}),
      };
      return {
        ok: true,
        value: await updateProfile(db, message.domain, (p) => addAffiliation(p, affiliation), deps.now()),
      };
    }
    case 'removeAffiliation':
      return {
        ok: true,
        value: await updateProfile(
          db,
          message.domain,
          (p) => removeAffiliation(p, message.organization, deps.now()),
          deps.now(),
        ),
      };
    case 'retryExtraction':
      await deps.requestResend(message.tabId);
      return { ok: true, value: null };
  }
}
