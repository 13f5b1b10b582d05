/**
 * Popup first paint with data: popup.html opened as a tab about an article tab; the popup marks
 * `sc-script-start` when its script starts and `sc-data-painted` on the frame after its data is
 * rendered.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { openPopupFor } from '../../e2e/fixtures';

export async function measurePopup(
  context: BrowserContext,
  articlePage: Page,
): Promise<{ firstPaintWithDataMs: number } | null> {
  const extensionId = new URL(context.serviceWorkers()[0]?.url() ?? 'chrome-extension://none/').host;
  const popup = await openPopupFor(context, extensionId, articlePage);
  try {
    await popup.waitForFunction(() => performance.getEntriesByName('sc-data-painted').length > 0, null, {
      timeout: 5_000,
    });
    const ms = await popup.evaluate(() => {
      const start = performance.getEntriesByName('sc-script-start')[0]?.startTime ?? 0;
      const painted = performance.getEntriesByName('sc-data-painted')[0]?.startTime ?? 0;
      return painted - start;
    });
    return { firstPaintWithDataMs: Math.round(ms * 100) / 100 };
  } catch {
    return null;
  } finally {
    await popup.close();
  }
}
