/**
 * JS heap figures through CDP: the service worker's heap (attached through the Target domain from
 * a page session), and a page's heap after a forced GC.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** Used JS heap of `page` after garbage collection, in bytes. */
export async function pageHeapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

function callTarget(
  cdp: CDPSession,
  sessionId: string,
  id: number,
  method: string,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${method} timed out`)), 10_000);
    const onMessage = (event: { sessionId: string; message: string }): void => {
      const reply = JSON.parse(event.message) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: unknown;
      };
      if (event.sessionId !== sessionId || reply.id !== id) return;
      clearTimeout(timer);
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      if (reply.error) reject(new Error(JSON.stringify(reply.error)));
      else resolve(reply.result ?? {});
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
}

/** Used JS heap of the extension's service worker after garbage collection, in bytes (null if none). */
export async function workerHeapBytes(context: BrowserContext, page: Page): Promise<number | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (!worker) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    await callTarget(cdp, sessionId, 1, 'HeapProfiler.collectGarbage');
    const usage = await callTarget(cdp, sessionId, 2, 'Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return typeof usage.usedSize === 'number' ? usage.usedSize : null;
  } finally {
    await cdp.detach();
  }
}
