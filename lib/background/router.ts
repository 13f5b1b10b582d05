/**
 * The background's message router: checks who sent a message and hands it to the handlers for
 * that direction, which validate it with the contract's schemas. Answers
 * `{ ok, value } | { ok: false, error }` and never throws on bad input. Browser APIs come in as
 * `deps`, so tests drive it with fakes and fuzz it with garbage.
 */
import { fail, PortRequestSchema, type Result } from '../messages/contract';
import { PAGE_UI_PORT, type PortAnswer } from '../page-ui/background-line';
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

/** The parts of a `runtime.Port` the background uses. */
export interface ServedPort {
  name: string;
  sender?: Sender;
  postMessage: (message: unknown) => void;
  onMessage: { addListener: (cb: (message: unknown) => void) => void };
}

/**
 * Serves a port a page connected (`runtime.onConnect`): the in-page UI's requests are answered as
 * one-off messages are, with the sender fixed when the port opened. Other ports are ignored.
 */
export function servePort(port: ServedPort, deps: BackgroundDeps): void {
  if (port.name !== PAGE_UI_PORT) return;
  const sender = port.sender ?? {};
  port.onMessage.addListener((raw) => {
    const request = PortRequestSchema.safeParse(raw);
    if (!request.success) return; // nothing to answer to
    void handleMessage(request.data.message, sender, deps).then((answer) => {
      try {
        port.postMessage({ id: request.data.id, answer } satisfies PortAnswer);
      } catch {
        // the page closed or navigated away meanwhile
      }
    });
  });
}
