/**
 * Commands from our own extension pages (popup, side panel, settings, library): notes,
 * clippings, publisher edits, and requests to the in-page UI of a tab.
 */
import { UiMessageSchema, fail, type Result, type TabContext } from '../messages/contract';
import { addAffiliation, removeAffiliation, setReaderText } from '../publishers/index';
import { deleteClipping, restoreClipping, updateClipping } from '../storage/clippings';
import { deleteNote, restoreNote, saveNote } from '../storage/notes';
import { updateProfile } from '../storage/publishers';
import { TextPositionSchema, TextQuoteSchema } from '../storage/records';
import { toSafeHttpUrl } from '../urls';
import { z } from '../models/zod';
import type { BackgroundDeps } from './deps';
import { parseSettings } from '../settings';
import { describeTabContext } from './tab-context';

const SelectorsSchema = z.object({ quote: TextQuoteSchema, position: TextPositionSchema.nullable() });

/** Handles a command from an extension page. */
export async function handleUiMessage(raw: unknown, deps: BackgroundDeps): Promise<Result<unknown>> {
  const parsed = UiMessageSchema.safeParse(raw);
  if (!parsed.success) return fail(`Invalid message: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  const message = parsed.data;
  const db = await deps.db();
  const now = deps.now();
  const redraw = async (tabId: number | undefined): Promise<void> => {
    if (tabId !== undefined)
      await deps.sendToTab(tabId, { type: 'refreshHighlights' }).catch(() => undefined);
  };
  switch (message.type) {
    case 'getTabContext':
      return { ok: true, value: (await describeTabContext(message.tabId, db, deps)) satisfies TabContext };
    case 'saveNote':
      return { ok: true, value: await saveNote(db, message, now, deps.newId) };
    case 'deleteNote':
      return { ok: true, value: await deleteNote(db, message.id) };
    case 'restoreNote':
      return { ok: true, value: await restoreNote(db, message.note) };
    case 'getSettings':
      return { ok: true, value: await deps.getSettings() };
    case 'saveSettings': {
      const settings = parseSettings(message.settings);
      await deps.saveSettings(settings);
      return { ok: true, value: settings };
    }
    case 'retryExtraction':
      await deps.resendPage(message.tabId);
      return { ok: true, value: null };
    case 'updateClipping': {
      const patch = {
        ...(message.note !== undefined && { note: message.note }),
        ...(message.tags && { tags: message.tags }),
      };
      const updated = await updateClipping(db, message.id, patch, now);
      return updated ? { ok: true, value: updated } : fail('That clipping no longer exists.');
    }
    case 'deleteClipping': {
      const deleted = await deleteClipping(db, message.id, now);
      await redraw(message.tabId);
      return { ok: true, value: deleted };
    }
    case 'restoreClipping': {
      const restored = await restoreClipping(db, message.clipping, now);
      await redraw(message.tabId);
      return { ok: true, value: restored };
    }
    case 'reattachClipping': {
      const selectors = SelectorsSchema.safeParse(
        await deps.sendToTab(message.tabId, { type: 'describeSelection' }),
      );
      if (!selectors.success) return fail('Select the passage in the page first, then choose Re-attach.');
      const updated = await updateClipping(db, message.id, { ...selectors.data }, now);
      await redraw(message.tabId);
      return updated ? { ok: true, value: updated } : fail('That clipping no longer exists.');
    }
    case 'locateInPage':
      await deps.sendToTab(message.tabId, { type: 'locate', start: message.start, end: message.end });
      return { ok: true, value: null };
    case 'highlightMentionsInPage':
      await deps.sendToTab(message.tabId, { type: 'highlightMentions', spans: message.spans });
      return { ok: true, value: null };
    case 'setPublisherText':
      return {
        ok: true,
        value: await updateProfile(
          db,
          message.domain,
          (p) => setReaderText(p, message.field, message.text, now),
          now,
        ),
      };
    case 'addAffiliation': {
      const sourceUrl = toSafeHttpUrl(message.sourceUrl) ?? undefined;
      const affiliation = {
        organization: message.organization,
        source: 'reader' as const,
        addedAtMs: now,
        ...(sourceUrl ? { sourceUrl } : {}),
      };
      return {
        ok: true,
        value: await updateProfile(db, message.domain, (p) => addAffiliation(p, affiliation), now),
      };
    }
    case 'removeAffiliation':
      return {
        ok: true,
        value: await updateProfile(
          db,
          message.domain,
          (p) => removeAffiliation(p, message.organization, now),
          now,
        ),
      };
  }
}
