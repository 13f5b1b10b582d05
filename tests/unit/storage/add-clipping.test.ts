/**
 * Saving from the page (`addClippingToPage`): one transaction finds the stored article under any
 * URL it was seen at, copies what the clipping keeps of it, adds the clipping without ever
 * replacing one, and indexes it; a page that is not a stored article gets nothing written.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../lib/storage/open';
import {
  addClippingToPage,
  listClippings,
  snapshotOf,
  type ClippingDraft,
} from '../../../lib/storage/clippings';
import { streamIndexEntries } from '../../../lib/storage/library-read';
import type { LibraryPageEntry } from '../../../lib/library/index-entry';
import { freshIndexedDb, storedClippings } from './helpers';
import { makePage } from '../library/samples';

beforeEach(freshIndexedDb);

const KEY = 'https://news.example.com/story-0';

function draft(overrides: Partial<ClippingDraft> = {}): ClippingDraft {
  return {
    id: 'clip-a',
    pageUrl: KEY,
    quote: { exact: 'passed the sanctions bill', prefix: 'The Senate ', suffix: ' by 92' },
    position: { start: 11, end: 36 },
    note: 'Check the count',
    tags: ['votes'],
    ...overrides,
  };
}

async function entries(db: Db): Promise<LibraryPageEntry[]> {
  const out: LibraryPageEntry[] = [];
  await streamIndexEntries(db, null, (batch) => void out.push(...batch));
  return out;
}

describe('addClippingToPage', () => {
  it('copies title, publisher, canonical URL and text hash from the stored article, and indexes it', async () => {
    const db = await openDb({ name: 'add' });
    const page = { ...makePage(KEY, [{ name: 'Senate', aliases: ['US Senate'] }]), contentHash: 'h-123' };
    await db.put('pages', page);
    const saved = await addClippingToPage(db, draft(), 42);
    expect(saved).toMatchObject({
      id: 'clip-a',
      pageKey: KEY,
      pageUrl: KEY,
      canonicalUrl: KEY,
      title: 'Article at story-0',
      publisherDomain: page.publisherDomain,
      publisherName: 'Example News',
      textHash: 'h-123',
      note: 'Check the count',
      tags: ['votes'],
      createdAtMs: 42,
      updatedAtMs: 42,
    });
    expect(await listClippings(db, KEY)).toEqual([saved]);
    const [entry] = await entries(db);
    // A new index entry takes the article's organizations from the record read for the save.
    expect(entry).toMatchObject({ pageKey: KEY, hasPageRecord: true, organizations: ['Senate'] });
    expect(entry!.docs.map((d) => d.key)).toEqual(['c:clip-a']);
    expect(entry!.docs[0]!.tokens.split(' ')).toEqual(expect.arrayContaining(['sanctions', 'votes']));
    db.close();
  });

  it('finds the article under another URL it was seen at (tracking parameters, AMP)', async () => {
    const db = await openDb({ name: 'alias' });
    const amp = 'https://news.example.com/amp/story-0';
    await db.put('pages', { ...makePage(KEY), urls: [KEY, amp] });
    const saved = await addClippingToPage(db, draft({ pageUrl: `${amp}?utm_source=x` }), 1);
    expect(saved?.pageKey).toBe(KEY);
    expect(saved?.pageUrl).toBe(`${amp}?utm_source=x`);
    // The reads sent ahead for the URL's own key are dropped: the clipping joins its article's part and entry.
    const second = await addClippingToPage(db, draft({ id: 'clip-b', pageUrl: amp }), 2);
    expect((await listClippings(db, KEY)).map((c) => c.id)).toEqual(['clip-a', 'clip-b']);
    expect(await storedClippings(db)).toEqual([saved, second]);
    const all = await entries(db);
    expect(all.map((e) => [e.pageKey, e.docs.map((d) => d.key)])).toEqual([[KEY, ['c:clip-a', 'c:clip-b']]]);
    db.close();
  });

  it('writes nothing for a page that is not a stored article', async () => {
    const db = await openDb({ name: 'none' });
    expect(await addClippingToPage(db, draft(), 1)).toBeNull();
    const notArticle = makePage(KEY);
    await db.put('pages', { ...notArticle, context: { ...notArticle.context, article: null } });
    expect(await addClippingToPage(db, draft(), 1)).toBeNull();
    expect(await storedClippings(db)).toHaveLength(0);
    expect(await entries(db)).toEqual([]);
    db.close();
  });

  it('never replaces an existing clipping with the same id, and leaves its index doc alone', async () => {
    const db = await openDb({ name: 'dup' });
    await db.put('pages', makePage(KEY));
    const first = await addClippingToPage(db, draft(), 1);
    await expect(addClippingToPage(db, draft({ note: 'other', tags: ['x'] }), 2)).rejects.toThrow();
    expect(await listClippings(db, KEY)).toEqual([first]);
    const [entry] = await entries(db);
    expect(entry!.docs).toHaveLength(1);
    expect(entry!.docs[0]!.tags).toEqual(['votes']);
    db.close();
  });

  it('refuses a draft that breaks the clipping schema, writing nothing', async () => {
    const db = await openDb({ name: 'bad' });
    await db.put('pages', makePage(KEY));
    await expect(addClippingToPage(db, draft({ tags: ['x'.repeat(500)] }), 1)).rejects.toThrow();
    expect(await storedClippings(db)).toHaveLength(0);
    expect(await entries(db)).toEqual([]);
    db.close();
  });

  it('with what the page loaded of the article, copies from that and only checks the article is still there', async () => {
    const db = await openDb({ name: 'known' });
    const page = { ...makePage(KEY, [{ name: 'Senate', aliases: [] }]), contentHash: 'h-as-loaded' };
    await db.put('pages', page);
    const known = snapshotOf(page);
    expect(known?.source).toMatchObject({ pageKey: KEY, textHash: 'h-as-loaded' });
    // The article is stored again meanwhile (another tab read a newer text): this page still shows
    // the text it loaded, so its clipping keeps that text's hash.
    await db.put('pages', { ...page, contentHash: 'h-newer' });
    const saved = await addClippingToPage(db, draft(), 5, known);
    expect(saved).toMatchObject({ pageKey: KEY, textHash: 'h-as-loaded', title: 'Article at story-0' });
    const [entry] = await entries(db);
    expect(entry).toMatchObject({ pageKey: KEY, hasPageRecord: true, organizations: ['Senate'] });
    // Once the article is gone from storage, the snapshot alone saves nothing.
    await db.delete('pages', KEY);
    expect(await addClippingToPage(db, draft({ id: 'clip-b' }), 6, known)).toBeNull();
    expect((await storedClippings(db)).map((c) => c.id)).toEqual(['clip-a']);
    db.close();
  });
});
