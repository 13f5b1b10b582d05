/**
 * Clipping costs in the page: re-anchoring and drawing 50 clippings on a 5,000-word article
 * (the in-page UI's `sc-reanchor` measure: the whole redraw, which runs in one synchronous task),
 * and saving one from the in-page button (`sc-save`, click to stored). The long article is built
 * from the project's own fixture prose.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { toPageKey } from '../../../lib/urls';
import { clickSaveButton, typeClipForm } from '../../e2e/clip-steps';

/** A ~5,000-word article page made of the fixture articles' paragraphs, numbered to be unique. */
export function buildLongArticle(): string {
  const sources = ['opposition-rally-paris', 'iran-protests-spread', 'opinion-support-opposition'].map(
    (name) => readFileSync(`tests/fixtures/site/news/${name}.html`, 'utf8'),
  );
  const paragraphs = sources.flatMap((html) => [...html.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]!));
  const body: string[] = [];
  let words = 0;
  for (let i = 0; words < 5_000; i++) {
    const text = `${paragraphs[i % paragraphs.length]} (Part ${i + 1}.)`;
    words += text.split(/\s+/).length;
    body.push(`<p>${text}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long report - Liberty Iran Monitor</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Liberty Iran Monitor">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"A long report","datePublished":"2026-07-10T08:00:00Z"}</script>
</head><body><article><h1>A long report</h1>${body.join('\n')}</article></body></html>`;
}

async function seedClippings(worker: Worker, url: string, count: number): Promise<number> {
  return worker.evaluate(
    async ({ key, n }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('source-context');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const page = await new Promise<{
        pageKey: string;
        contentHash: string;
        publisherDomain: string;
        context: { article: { text: string } };
      }>((ok) => {
        const get = db.transaction('pages').objectStore('pages').index('by-url').get(key);
        get.onsuccess = () => ok(get.result);
      });
      const text = page.context.article.text;
      const clippings = [];
      for (let i = 0; i < n; i++) {
        const start = Math.floor(((i + 0.5) * text.length) / n);
        const end = Math.min(text.length, start + 60);
        clippings.push({
          // Not the library bench's `bench-<base 36>` ids: a clipping id is unique across parts.
          id: `reanchor-${i}`,
          pageKey: page.pageKey,
          pageUrl: key,
          canonicalUrl: null,
          title: 'A long report',
          publisherDomain: page.publisherDomain,
          publisherName: null,
          quote: {
            exact: text.slice(start, end),
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(end, end + 32),
          },
          position: { start, end },
          textHash: page.contentHash,
          note: '',
          tags: [],
          createdAtMs: Date.now(),
          updatedAtMs: Date.now(),
        });
      }
      // As lib/storage keeps them: one part of the article (lib/storage/clipping-parts.ts).
      const tx = db.transaction('clippingParts', 'readwrite');
      const ids = clippings.map((c) => c.id);
      tx.objectStore('clippingParts').put({ pageKey: page.pageKey, part: 0, ids, tags: [], clippings });
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        // A refused write (a duplicate id, a full disk) must fail the bench, not hang it.
        tx.onabort = () => fail(tx.error ?? new Error('seeding clippings aborted'));
      });
      db.close();
      return n;
    },
    { key: toPageKey(url), n: count },
  );
}

async function measureOf(page: Page, name: string, timeoutMs = 10_000): Promise<number | null> {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, {
      timeout: timeoutMs,
    });
    return await page.evaluate((n) => performance.getEntriesByName(n)[0]!.duration, name);
  } catch {
    return null;
  }
}

/**
 * Saves a clipping as a reader does: selects the start of a paragraph (not already highlighted),
 * clicks the in-page button, types a note and a tag, presses Enter; returns the `sc-save` measure
 * (the form's submit to the background's answer that it is stored), or null.
 */
async function measureSave(page: Page, round: number): Promise<number | null> {
  const rect = await page.evaluate(
    (nth) => {
      const text = [...document.querySelectorAll('article p')]
        .flatMap((p) => [...p.childNodes])
        .filter((n): n is Text => n.nodeType === Node.TEXT_NODE && (n as Text).data.length >= 60)[nth];
      if (!text) return null;
      text.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 40);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      const box = range.getBoundingClientRect();
      return { left: box.left, bottom: box.bottom };
    },
    3 + round * 7,
  );
  if (!rect) return null;
  await page.waitForTimeout(200);
  await clickSaveButton(page, rect);
  await typeClipForm(page, 'Bench note.', 'bench');
  return measureOf(page, 'sc-save');
}

export interface ReanchorFigures {
  /** Re-anchoring ms of each visit (50 seeded clippings plus those saved in earlier rounds). */
  reanchorMs: number[];
  /** Highlights drawn on the first visit (of the 50 seeded). */
  drawn: number;
  /** Click-to-stored ms of the clipping saved in each round. */
  saveMs: number[];
}

/**
 * `rounds` visits of the stored long article with 50 clippings seeded: each reloads it, takes the
 * re-anchoring ms, then saves one more clipping from the in-page button (a fresh paragraph each
 * round) and takes its click-to-stored ms. Figures of a round that failed are left out.
 */
export async function measureReanchor(
  context: BrowserContext,
  worker: Worker,
  url: string,
  rounds: number,
): Promise<ReanchorFigures> {
  await seedClippings(worker, url, 50);
  const figures: ReanchorFigures = { reanchorMs: [], drawn: 0, saveMs: [] };
  for (let round = 0; round < rounds; round++) {
    const page = await context.newPage();
    await page.goto(url);
    const ms = await measureOf(page, 'sc-reanchor');
    if (ms !== null) figures.reanchorMs.push(ms);
    if (round === 0) figures.drawn = await drawnHighlights(page);
    const saveMs = await measureSave(page, round).catch(() => null);
    if (saveMs !== null) figures.saveMs.push(saveMs);
    await page.close();
  }
  return figures;
}

function drawnHighlights(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('source-context-highlight')].map((m) =>
          m.getAttribute('data-highlight-id'),
        ),
      ).size,
  );
}
