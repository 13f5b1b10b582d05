/**
 * The library journey: two articles are read and clipped (clippings seeded from an extension page,
 * since the in-page clipping UI is another issue) -> the library lists them -> search and filters
 * narrow them and live in the URL -> every export format downloads the right content -> bulk tag,
 * delete and undo -> a fresh profile imports the backup and holds identical data -> hostile files
 * change nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';

const ARTICLES = ['/news/opposition-rally-paris.html', '/news/iran-protests-spread.html'];
type Dump = Record<'pages' | 'publishers' | 'notes' | 'clippings', unknown[]>;

/**
 * Every record of the four user stores, read from an extension page. Clippings are stored in parts
 * by article (lib/storage/clipping-parts.ts): listed here one by one, in id order.
 */
function dumpStores(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const rq = indexedDB.open('source-context');
      rq.onsuccess = () => ok(rq.result);
      rq.onerror = () => ko(rq.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const store of ['pages', 'publishers', 'notes', 'clippingParts']) {
      out[store] = await new Promise<unknown[]>((ok) => {
        const rq = db.transaction(store).objectStore(store).getAll();
        rq.onsuccess = () => ok(rq.result);
      });
    }
    db.close();
    out.clippings = (out.clippingParts as { clippings: { id: string }[] }[])
      .flatMap((p) => p.clippings)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    delete out.clippingParts;
    return out as Dump;
  });
}

/** Writes clippings and a note straight into the database (what the clipping UI will do). */
function seedClippings(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const rq = indexedDB.open('source-context');
      rq.onsuccess = () => ok(rq.result);
    });
    const pages = await new Promise<
      { pageKey: string; context: { url: string; article: { title: string } } }[]
    >((ok) => {
      const rq = db.transaction('pages').objectStore('pages').getAll();
      rq.onsuccess = () => ok(rq.result);
    });
    const [rally, protests] = [...pages].sort((a, b) =>
      a.context.url.includes('rally') ? -1 : b.context.url.includes('rally') ? 1 : 0,
    );
    const clip = (id: string, p: typeof rally, exact: string, note: string, tags: string[], at: number) => ({
      id,
      pageKey: p!.pageKey,
      pageUrl: p!.context.url,
      canonicalUrl: null,
      title: p!.context.article.title,
      publisherDomain: '127.0.0.1',
      publisherName: 'Liberty Iran Monitor',
      quote: { exact, prefix: '', suffix: '' },
      position: null,
      textHash: 'h',
      note,
      tags,
      createdAtMs: at,
      updatedAtMs: at,
    });
    const clippings = [
      clip(
        'c1',
        rally,
        'a bill imposing new sanctions on Tehran was passed by the Senate by a vote of 92 to 6',
        'Check the vote count',
        ['sanctions'],
        1_750_000_000_000,
      ),
      clip(
        'c2',
        rally,
        'Organisers said more than 40,000 people attended',
        '',
        ['numbers'],
        1_750_000_100_000,
      ),
      clip(
        'c3',
        protests,
        'Protests spread to twelve provinces',
        '=HYPERLINK("x") <img src=x onerror=alert(1)>',
        ['sanctions', 'protests'],
        1_760_000_000_000,
      ),
    ];
    // The stored layout (lib/storage/clipping-parts.ts): one part per article here.
    const tx = db.transaction(['clippingParts', 'notes'], 'readwrite');
    for (const p of [rally, protests]) {
      const mine = clippings.filter((c) => c.pageKey === p!.pageKey);
      tx.objectStore('clippingParts').put({
        pageKey: p!.pageKey,
        part: 0,
        ids: mine.map((c) => c.id),
        tags: [...new Set(mine.flatMap((c) => c.tags))],
        clippings: mine,
      });
    }
    tx.objectStore('notes').put({
      id: 'n1',
      pageKey: rally!.pageKey,
      text: 'Who funds this site?',
      createdAtMs: 1_740_000_000_000,
      updatedAtMs: 1_740_000_000_000,
    });
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
    return [rally!.pageKey, protests!.pageKey];
  });
}

/** Reads both fixture articles (the extension stores them) and opens the library. */
async function readArticlesAndOpenLibrary(
  context: BrowserContext,
  extensionId: string,
  origin: string,
): Promise<Page> {
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  for (const [i, path] of ARTICLES.entries()) {
    const tab = await context.newPage();
    await tab.goto(origin + path);
    await expect
      .poll(
        async () => {
          const stored = (await dumpStores(library)).pages.length;
          if (stored <= i) await tab.reload();
          return stored;
        },
        { timeout: 30_000, intervals: [1_000, 2_000, 4_000] },
      )
      .toBe(i + 1);
    await tab.close();
  }
  return library;
}

async function exportAs(
  library: Page,
  format: string,
  scope: 'all' | 'view' = 'all',
): Promise<{ text: string; download: Download }> {
  await library.getByTestId('export-format').selectOption(format);
  if (scope === 'view') await library.getByTestId('export-scope-view').check();
  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByTestId('export-start').click(),
  ]);
  const path = await download.path();
  return { text: readFileSync(path, 'utf8'), download };
}

const items = (library: Page) => library.getByTestId('library-item');

test('the library lists, searches, filters, exports, bulk-edits and restores clippings', async ({
  context,
  extensionId,
  site,
}) => {
  test.setTimeout(120_000);
  const library = await readArticlesAndOpenLibrary(context, extensionId, site.origin);
  await seedClippings(library);
  await library.reload();

  // Listed, grouped by article, with quote, note, tags, title, publisher, date and a safe link.
  await expect(items(library)).toHaveCount(4);
  await expect(library.getByTestId('library-article')).toHaveCount(2);
  const hostile = items(library).filter({ hasText: 'twelve provinces' });
  await expect(hostile.getByTestId('item-note')).toHaveText('=HYPERLINK("x") <img src=x onerror=alert(1)>');
  await expect(hostile.getByTestId('item-link')).toHaveAttribute(
    'href',
    /^http:\/\/127\.0\.0\.1:\d+\/news\/iran-protests-spread\.html#:~:text=Protests%20spread/,
  );
  await expect(library.locator('img')).toHaveCount(0);

  // Search (prefix on the last word) and organizations named in the article.
  await library.getByTestId('library-search').fill('senate sanc');
  await expect(items(library)).toHaveCount(3); // the title matches: every item of that article
  await library.getByTestId('library-search').fill('vote cou');
  await expect(items(library)).toHaveCount(1);
  await expect(library).toHaveURL(/q=vote\+cou/);
  await library.getByTestId('library-search').fill('mek');
  await expect(items(library)).toHaveCount(3);
  await library.getByTestId('library-search').fill('');
  await library.getByTestId('filter-tag').selectOption('sanctions');
  await expect(items(library)).toHaveCount(2);
  await library.getByTestId('filter-note').check();
  await expect(items(library)).toHaveCount(2);
  await expect(library.getByTestId('filter-org').locator('option', { hasText: 'Mojahedin' })).toHaveText(
    /\(4\)$/,
  );
  await library.getByTestId('filter-org').selectOption('Treasury Department');
  await expect(items(library)).toHaveCount(1);
  expect(library.url()).toMatch(/tag=sanctions/);
  expect(library.url()).toMatch(/note=1/);
  await library.reload();
  await expect(items(library)).toHaveCount(1);
  await library.getByTestId('filter-clear').click();
  await expect(items(library)).toHaveCount(4);

  // Exports of everything, and of the current view.
  const backup = await exportAs(library, 'backup');
  const original = await dumpStores(library);
  expect(backup.download.suggestedFilename()).toMatch(/^source-context-\d{4}-\d{2}-\d{2}-backup\.json$/);
  const parsed = JSON.parse(backup.text) as Dump & { format: string; version: number };
  expect(parsed).toMatchObject({ format: 'source-context-backup', version: 1 });
  expect(parsed.clippings).toHaveLength(3);
  expect(parsed.pages).toHaveLength(2);
  const md = (await exportAs(library, 'markdown')).text;
  expect(md).toContain('## Exiled Opposition Rallies in Paris as Senate Passes New Sanctions');
  expect(md).toContain('> a bill imposing new sanctions on Tehran');
  expect(md).toContain("People's Mojahedin Organization of Iran");
  const csv = (await exportAs(library, 'csv')).text;
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
  expect(csv).toContain(`"'=HYPERLINK(""x"") <img src=x onerror=alert(1)>"`);
  const w3c = JSON.parse((await exportAs(library, 'w3c')).text) as {
    type: string;
    total: number;
    first: { items: { target: { selector?: { type: string }[] } }[] };
  };
  expect(w3c).toMatchObject({ type: 'AnnotationCollection', total: 4 });
  expect(w3c.first.items.some((a) => a.target.selector?.[0]?.type === 'TextQuoteSelector')).toBe(true);
  const csl = JSON.parse((await exportAs(library, 'csl')).text) as { title: string }[];
  expect(csl.map((c) => c.title).sort()).toEqual([
    'Exiled Opposition Rallies in Paris as Senate Passes New Sanctions',
    'Protests Spread to Twelve Provinces, Activists Say',
  ]);
  expect((await exportAs(library, 'ris')).text).toMatch(/^TY {2}- NEWS\r\nTI {2}- /);
  await library.getByTestId('library-search').fill('provinces ');
  await expect(items(library)).toHaveCount(1);
  const viewCsv = (await exportAs(library, 'csv', 'view')).text;
  expect(viewCsv.split('\r\n').filter(Boolean)).toHaveLength(2);
  await library.getByTestId('library-search').fill('');

  // Bulk: tag, delete, undo.
  await library.getByTestId('select-all').click();
  await library.getByTestId('bulk-tag').fill('review');
  await library.getByTestId('bulk-tag-add').click();
  await expect(library.getByTestId('library-toast')).toContainText('Tagged 3 clippings');
  await expect(items(library).first().getByTestId('item-tag').filter({ hasText: 'review' })).toHaveCount(1);
  await library.getByTestId('bulk-tag-remove').click();
  await expect(library.getByTestId('library-toast')).toContainText('Untagged 3');
  await library.getByTestId('bulk-delete').click();
  await expect(library.getByTestId('library-empty')).toBeVisible();
  await library.getByTestId('toast-action').click();
  await expect(items(library)).toHaveCount(4);
  expect((await dumpStores(library)).clippings).toHaveLength(3);

  // A fresh profile imports the backup: identical data.
  const file = join(mkdtempSync(join(tmpdir(), 'sc-backup-')), 'backup.json');
  writeFileSync(file, backup.text);
  const profile = mkdtempSync(join(tmpdir(), 'sc-fresh-'));
  const fresh = await launchWithExtension(profile);
  try {
    const id = new URL((await serviceWorkerOf(fresh)).url()).host;
    const empty = await fresh.newPage();
    await empty.goto(`chrome-extension://${id}/library.html`);
    await expect(empty.getByTestId('library-empty')).toBeVisible();
    await empty.getByTestId('import-file').setInputFiles(file);
    const records =
      parsed.pages.length + parsed.publishers.length + parsed.notes.length + parsed.clippings.length;
    await expect(empty.getByTestId('import-to-write')).toHaveText(String(records));
    await expect(empty.getByTestId('tally-clippings')).toContainText('3');
    await empty.getByTestId('import-confirm').click();
    await expect(empty.getByTestId('import-done')).toContainText(`Imported ${records} records`);
    await expect(items(empty)).toHaveCount(4);
    const restored = await dumpStores(empty);
    const byKey = (list: unknown[]) =>
      [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    for (const store of ['pages', 'publishers', 'notes', 'clippings'] as const) {
      expect(byKey(restored[store])).toEqual(byKey(parsed[store]));
    }
    expect(byKey(restored.clippings)).toEqual(byKey(original.clippings));

    // Importing it again adds nothing; hostile files change nothing and say why.
    await empty.getByTestId('import-file').setInputFiles(file);
    await expect(empty.getByTestId('import-to-write')).toHaveText('0');
    await empty.getByTestId('import-cancel').click();
    for (const [name, body, reason] of [
      ['deep.json', '['.repeat(100_000), 'levels deep'],
      ['truncated.json', backup.text.slice(0, 200), 'truncated'],
      ['v9.json', backup.text.replace('"version":1', '"version":9'), 'version 9'],
      [
        'proto.json',
        backup.text.replace('"exportedAtMs"', '"__proto__":{"x":1},"exportedAtMs"'),
        '__proto__',
      ],
    ] as const) {
      const hostileFile = join(profile, name);
      writeFileSync(hostileFile, body);
      await empty.getByTestId('import-file').setInputFiles(hostileFile);
      await expect(empty.getByTestId('import-error')).toContainText(reason);
    }
    expect(await dumpStores(empty)).toEqual(restored);
  } finally {
    await fresh.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('keyboard: move between rows, select with Space, landmarks are labelled', async ({
  context,
  extensionId,
  site,
}) => {
  const library = await readArticlesAndOpenLibrary(context, extensionId, site.origin);
  await seedClippings(library);
  await library.goto(`chrome-extension://${extensionId}/library.html?group=stream`);
  await expect(items(library)).toHaveCount(4);
  await expect(library.getByRole('main')).toBeVisible();
  await expect(library.getByRole('search')).toBeVisible();
  await expect(library.getByRole('feed', { name: 'Clippings and notes' })).toBeVisible();
  await items(library).first().focus();
  await library.keyboard.press('ArrowDown');
  await expect(items(library).nth(1)).toBeFocused();
  await library.keyboard.press('Space');
  await expect(library.getByTestId('selected-count')).toHaveText('1 selected');
});
