/**
 * The background's message router: checks who sent a message and hands it to the handlers for
 * that direction, which validate it with the contract's schemas. Answers
 * `{ ok, value } | { ok: false, error }` and never throws on bad input. Browser APIs come in as
 * `deps`, so tests drive it with fakes and fuzz it with garbage.
 */
import { fail, type Result } from '../messages/contract';
import { handleContentMessage } from './content-handlers';
import { describeError } from './describe-error';
import type { BackgroundDeps, Sender } from './deps';
import { handleUiMessage } from './ui-handlers';

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
    const tabId = sender.tab?.id;
    if (tabId !== undefined && tabId >= 0)
      return await handleContentMessage(raw, { tabId, url: sender.tab?.url }, deps);
    return fail('Unknown sender.');
  } catch (error) {
    return fail(describeError(error));
  }
}
