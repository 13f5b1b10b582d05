/**
 * Part of the message contract (lib/messages/contract.ts re-exports it), kept free of zod so that
 * the always-on detector can import it without bundling the schemas.
 */
import type { PageDescription } from './contract';

/**
 * The always-on detector listens for no messages (that would cost every page the messaging
 * bindings): the background calls this handle in the detector's isolated world with
 * `scripting.executeScript`, and validates what `describe` returns with PageDescriptionSchema.
 */
export interface DetectorHandle {
  /** What the page is, without storing anything. */
  describe: () => PageDescription;
  /**
   * Detect again and, on an article, send the page again (the popup's retry); false when this
   * script can no longer reach the extension (orphaned by an update), so a new one is injected.
   */
  resend: () => boolean;
}

/** Name of the handle on the detector's isolated-world global (the page's own world never sees it). */
export const DETECTOR_HANDLE = '__sourceContextDetector';
