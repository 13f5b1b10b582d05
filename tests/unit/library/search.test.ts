import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCatalog, type Catalog } from '../../../lib/library/catalog';
import { applyEntry, withoutTokens } from '../../../lib/library/catalog-apply';
import { collectFacets } from '../../../lib/library/facets';
import {
  buildClippingDoc,
  buildNoteDoc,
  createEntry,
  pageFieldsOfClipping,
  pageFieldsOfRecord,
  putDocs,
  type LibraryPageEntry,
} from '../../../lib/library/index-entry';
import { headingPage, layoutRows, runView } from '../../../lib/library/run-view';
import { foldText, tokenize } from '../../../lib/library/tokenize';
import { DEFAULT_VIEW, formatView, parseView, type LibraryView } from '../../../lib/library/view';
import type { Clipping } from '../../../lib/storage/records';
import { makeClipping, makeNote, makePage } from './samples';

const NO_RANGE = { fromMs: null, toMs: null };

function entriesOf(clippings: Clipping[]): LibraryPageEntry[] {
  const byPage = new Map<string, LibraryPageEntry>();
  for (const c of clippings) {
    const entry = byPage.get(c.pageKey) ?? createEntry(c.pageKey, pageFieldsOfClipping(c), 0);
    byPage.set(c.pageKey, putDocs(entry, [buildClippingDoc(c)], 1));
  }
  return [...byPage.values()];
}

function catalogOf(clippings: Clipping[]): Catalog {
  const catalog = createCatalog();
  for (const entry of entriesOf(clippings)) applyEntry(catalog, entry);
  return catalog;
}

const keysOf = (catalog: Catalog, docs: Int32Array): string[] => [...docs].map((d) => catalog.docKeys[d]!);
const view = (patch: Partial<LibraryView>): LibraryView => ({ ...DEFAULT_VIEW, ...patch });

describe('library search', () => {
  const clippings = Array.from({ length: 12 }, (_, i) => makeClipping(i));
  const catalog = catalogOf(clippings);

  it('matches every term, the last one as a prefix, newest first', () => {
    expect(keysOf(catalog, runView(catalog, view({ q: 'senate sanc' }), NO_RANGE))).toEqual([
      'c:clip-10',
      'c:clip-5',
      'c:clip-0',
    ]);
    expect(runView(catalog, view({ q: 'senate sanc ' }), NO_RANGE)).toHaveLength(0);
  });

  it('matches article fields (title, publisher) and excludes -terms', () => {
    expect(runView(catalog, view({ q: 'story' }), NO_RANGE)).toHaveLength(12);
    expect(runView(catalog, view({ q: 'example -senate ' }), NO_RANGE)).toHaveLength(9);
  });

  it('filters by tag, note, date and kind, and sorts oldest first', () => {
    const tagged = runView(catalog, view({ tag: 't1', sort: 'oldest' }), NO_RANGE);
    expect(keysOf(catalog, tagged)).toEqual(['c:clip-1', 'c:clip-5']);
    expect(runView(catalog, view({ note: true }), NO_RANGE)).toHaveLength(6);
    const fromMs = clippings[10]!.createdAtMs;
    expect(runView(catalog, DEFAULT_VIEW, { fromMs, toMs: null })).toHaveLength(2);
    expect(runView(catalog, view({ kind: 'notes' }), NO_RANGE)).toHaveLength(0);
  });

  it('finds organizations named in the article, by name or alias, and filters by them', () => {
    const c = createCatalog();
    const page = makePage('https://news.example.com/story-0', [
      { name: "People's Mojahedin Organization of Iran", aliases: ['PMOI', 'MEK'] },
    ]);
    const entry = putDocs(
      createEntry(page.pageKey, pageFieldsOfRecord(page), 0),
      [buildClippingDoc(clippings[0]!), buildNoteDoc(makeNote(1))],
      1,
    );
    applyEntry(c, entry);
    expect(runView(c, view({ q: 'mek' }), NO_RANGE)).toHaveLength(2);
    expect(runView(c, view({ org: "People's Mojahedin Organization of Iran" }), NO_RANGE)).toHaveLength(2);
    expect(runView(c, view({ org: 'Other' }), NO_RANGE)).toHaveLength(0);
  });

  it('applies edits and deletions of an article entry', () => {
    const c = catalogOf(clippings.slice(0, 3));
    const [first] = entriesOf(clippings.slice(0, 3));
    applyEntry(c, { ...first!, docs: [] });
    expect(runView(c, DEFAULT_VIEW, NO_RANGE)).toHaveLength(2);
    const edited = { ...clippings[1]!, note: 'brand new wording' };
    applyEntry(c, entriesOf([edited])[0]!);
    expect(keysOf(c, runView(c, view({ q: 'wording ' }), NO_RANGE))).toEqual(['c:clip-1']);
    expect(runView(c, view({ q: 'funding ' }), NO_RANGE)).toHaveLength(0);
  });

  it('numbers docs the same on the page (no tokens kept) and in the search worker, edit after edit', () => {
    const page = createCatalog({ indexed: false });
    const worker = createCatalog();
    const story = clippings.filter((c) => c.pageKey === clippings[0]!.pageKey);
    const edits = [story, [{ ...story[0]!, note: 'a new note' }, ...story.slice(1)], story.slice(1)];
    for (const version of edits)
      for (const entry of entriesOf(version)) {
        applyEntry(worker, entry);
        // The page gets the entry as the worker sends it: without its docs' tokens.
        const sent = withoutTokens(entry);
        expect(sent.docs.every((d) => d.tokens === '')).toBe(true);
        applyEntry(page, sent);
      }
    expect(page.docKeys).toEqual(worker.docKeys);
    expect(page.docFlags).toEqual(worker.docFlags);
    expect(page.docTokenHash).toEqual(worker.docTokenHash);
    // Only the edited doc got a new number; its neighbours kept theirs.
    expect(page.docKeys).toHaveLength(story.length + 1);
  });

  it('groups rows by article with a heading each', () => {
    const docs = runView(catalog, DEFAULT_VIEW, NO_RANGE);
    const rows = layoutRows(catalog, docs, 'article');
    expect(rows).toHaveLength(15);
    expect(headingPage(rows[0]!)).toBe(catalog.docPage[docs[0]!]);
    expect(layoutRows(catalog, docs, 'stream')).toBe(docs);
  });

  it('counts facets', () => {
    const facets = collectFacets(catalog);
    expect(facets.publishers).toEqual([
      { value: 'example.com', label: 'Example News (example.com)', count: 12 },
    ]);
    expect(facets.tags[0]).toEqual({ value: 'iran', label: 'iran', count: 8 });
  });

  it('agrees with a brute-force scan on random clippings (seeded)', () => {
    const word = fc.constantFrom(
      'senate',
      'sanctions',
      'protest',
      'iran',
      'funding',
      'société',
      'rally',
      'vote',
    );
    const clip = fc.record({
      words: fc.array(word, { minLength: 1, maxLength: 6 }),
      note: fc.array(word, { maxLength: 3 }),
      page: fc.nat(4),
    });
    fc.assert(
      fc.property(fc.array(clip, { minLength: 1, maxLength: 40 }), word, fc.boolean(), (specs, q, typing) => {
        const list = specs.map((s, i) =>
          makeClipping(i, {
            pageKey: `https://x.example/${s.page}`,
            title: 'T',
            publisherName: null,
            publisherDomain: 'x.example',
            quote: { exact: s.words.join(' '), prefix: '', suffix: '' },
            note: s.note.join(' '),
            tags: [],
          }),
        );
        const c = catalogOf(list);
        const query = foldText(typing ? q.slice(0, 3) : `${q} `);
        const got = new Set(keysOf(c, runView(c, view({ q: query }), NO_RANGE)));
        const expected = list.filter((x) =>
          tokenize(`${x.quote.exact} ${x.note}`).some((t) =>
            typing ? t.startsWith(query) : t === query.trim(),
          ),
        );
        expect(got).toEqual(new Set(expected.map((x) => `c:${x.id}`)));
      }),
      { seed: 20_240_305, numRuns: 200 },
    );
  });
});

describe('view in the URL', () => {
  it('round-trips and drops what is malformed', () => {
    const v = view({
      q: 'senate',
      tag: 'iran',
      from: '2024-01-01',
      note: true,
      sort: 'article',
      group: 'stream',
    });
    expect(parseView(formatView(v))).toEqual(v);
    expect(parseView('?sort=sideways&from=yesterday&note=yes')).toEqual(DEFAULT_VIEW);
    expect(formatView(DEFAULT_VIEW)).toBe('');
  });
});
