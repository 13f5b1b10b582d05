/**
 * The in-page UI's line to the background. A one-off `runtime.sendMessage` opens a channel to the
 * service worker for every message; a save made over a port opened beforehand (when the clipping
 * form opens, while the reader types) skips that. Measured with `npm run bench -- --only reanchor`
 * (README, "saving a clipping"). Without an open port, or when the page's address changed since it
 * was opened (the background checks that a page speaks only for its own address, and a port's
 * sender is fixed when it connects), messages go the one-off way. Zod-free: it runs in the page.
 */

/** Name of the in-page UI's port (the background answers only ports of this name). */
export const PAGE_UI_PORT = 'source-context-page-ui';

/** What the in-page UI posts on the port, and what comes back. */
export interface PortRequest {
  id: number;
  message: unknown;
}
export interface PortAnswer {
  id: number;
  answer: unknown;
}

/** The parts of `runtime.Port` used here (Chrome's and Firefox's agree on them). */
export interface PortLike {
  postMessage: (message: unknown) => void;
  disconnect: () => void;
  onMessage: { addListener: (cb: (message: unknown) => void) => void };
  onDisconnect: { addListener: (cb: () => void) => void };
}

export interface MessagingRuntime {
  sendMessage: (message: unknown) => Promise<unknown>;
  connect?: (info: { name: string }) => PortLike;
}

export interface BackgroundLine {
  /** Opens the port (again, if the page's address changed); cheap when it is open already. */
  open: () => void;
  /** Closes the port once nothing is waiting on it. */
  close: () => void;
  /** Sends `message` and resolves with the background's answer (over the port when it is open). */
  request: (message: unknown) => Promise<unknown>;
}

/** Why a request over the port failed when the port closed under it. */
export const LINE_LOST =
  'The connection to Source Context was lost (the extension was updated or restarted). Try again.';

function isAnswer(value: unknown): value is PortAnswer {
  return typeof value === 'object' && value !== null && typeof (value as PortAnswer).id === 'number';
}

/** A line for the page at `href()` (read at every call: single-page apps change it). */
export function createBackgroundLine(runtime: MessagingRuntime, href: () => string): BackgroundLine {
  let port: PortLike | null = null;
  let portHref = '';
  let closing = false;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** A one-off message; an orphaned runtime throws at the call ("Extension context invalidated."). */
  const oneOff = (message: unknown): Promise<unknown> => {
    try {
      return runtime.sendMessage(message);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const drop = (): void => {
    port = null;
    for (const { reject } of pending.values()) reject(new Error(LINE_LOST));
    pending.clear();
  };
  const disconnect = (): void => {
    const open = port;
    drop(); // Chrome fires no onDisconnect on the side that disconnects
    try {
      open?.disconnect();
    } catch {
      // already gone
    }
  };
  const settle = (id: number, how: (entry: { resolve: (v: unknown) => void }) => void): void => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    how(entry);
    if (closing && pending.size === 0) disconnect();
  };

  return {
    open: () => {
      closing = false;
      if (port && portHref === href()) return;
      disconnect();
      try {
        const next = runtime.connect?.({ name: PAGE_UI_PORT });
        if (!next) return;
        next.onMessage.addListener((raw) => {
          if (isAnswer(raw)) settle(raw.id, ({ resolve }) => resolve(raw.answer));
        });
        next.onDisconnect.addListener(() => {
          if (port === next) drop();
        });
        port = next;
        portHref = href();
      } catch {
        port = null; // orphaned by an update: requests go the one-off way (and fail there)
      }
    },
    close: () => {
      closing = true;
      if (pending.size === 0) disconnect();
    },
    request: (message) => {
      const open = port;
      if (!open || portHref !== href()) return oneOff(message);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          open.postMessage({ id, message } satisfies PortRequest);
        } catch {
          pending.delete(id);
          drop();
          resolve(oneOff(message)); // the port had closed unnoticed: nothing was sent
        }
      });
    },
  };
}

/** What the reader is told when this page's script has lost the extension (updated or reloaded). */
export const ORPHANED =
  'Source Context was updated or restarted since this page was opened. Copy your note, reload the page and save again.';
/** What the reader is told when the background did not take the message. */
export const NO_ANSWER = 'Source Context did not answer. Try again; if it keeps failing, reload the page.';

/**
 * The error to show for a failed request: the browser's own wording ("Extension context
 * invalidated.", "Could not establish connection. Receiving end does not exist.") means nothing to a
 * reader, so it becomes what to do. `alive` is whether the runtime still has an id (false once an
 * update or reload orphaned this script).
 */
export function explainLineFailure(error: unknown, alive: boolean): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (!alive || /context invalidated/i.test(message)) return new Error(ORPHANED);
  if (/receiving end does not exist|could not establish connection/i.test(message))
    return new Error(NO_ANSWER);
  return error instanceof Error ? error : new Error(message);
}
