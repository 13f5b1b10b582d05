/**
 * Property tests over random clippings (seeded): a backup reads back exactly; W3C annotations
 * read back to the same passages, notes and tags; CSV parses back to the same cells, formula
 * guard aside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clippingCsvLine } from '../../../lib/library/export/csv';
import { runExport, type ExportSource } from '../../../lib/library/export/run-export';
import { clippingToAnnotation } from '../../../lib/library/export/w3c';
import { readImport } from '../../../lib/library/import/read-import';
import type { Clipping } from '../../../lib/storage/records';

const SEED = 20_260_701;
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const visible = (max: number) => text(max).filter((s) => s.trim().length > 0);

const clippingArb: fc.Arbitrary<Clipping> = fc
  .record({
    n: fc.nat(1_000_000),
    path: fc.constantFrom('a', 'b/c', 'ünï', 'x?y=1'),
    exact: visible(300),
    prefix: text(200),
    suffix: text(200),
    note: fc.oneof(fc.constant(''), visible(500)),
    tags: fc.uniqueArray(
      visible(20).map((t) => t.trim()),
      { maxLength: 5 },
    ),
    position: fc.option(fc.record({ start: fc.nat(10_000), end: fc.nat(10_000) }), { nil: null }),
    created: fc.integer({ min: 0, max: 4_000_000_000_000 }),
    delta: fc.nat(1_000_000),
  })
  .map((r) => ({
    id: `p-${r.n}`,
    pageKey: `https://news.example.com/${encodeURI(r.path)}`,
    pageUrl: `https://news.example.com/${encodeURI(r.path)}`,
    canonicalUrl: null,
    title: 'T',
    publisherDomain: 'example.com',
    publisherName: null,
    quote: { exact: r.exact, prefix: r.prefix, suffix: r.suffix },
    position: r.position,
    textHash: '',
    note: r.note,
    tags: r.tags.filter(Boolean),
    createdAtMs: r.created,
    updatedAtMs: r.created + r.delta,
  }));

const clippingsArb = fc.uniqueArray(clippingArb, { maxLength: 15, selector: (c) => c.id });

function source(clippings: Clipping[]): ExportSource {
  const sections = { pages: [], publishers: [], notes: [], clippings } as Record<string, unknown[]>;
  return {
    count: async (s) => sections[s]!.length,
    stream: async (s, onBatch) => onBatch(sections[s]!),
    getPages: async () => new Map(),
  };
}

/** RFC 4180 parser (enough for the test): rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

const unguard = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('round trips over random clippings', () => {
  it('a backup reads back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(clippingsArb, async (clippings) => {
        const text = (await runExport(source(clippings), 'backup', 1)).parts.join('');
        const read = readImport(JSON.parse(text), 2);
        if (!read.ok || read.kind !== 'backup') throw new Error('not read');
        expect(read.candidates.rejected).toEqual([]);
        expect(read.candidates.clippings.map((c) => c.record)).toEqual(clippings);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('W3C annotations read back to the same passages, notes, tags and times', () => {
    fc.assert(
      fc.property(
        clippingsArb.filter((c) => c.length > 0),
        (clippings) => {
          const read = readImport(JSON.parse(JSON.stringify(clippings.map(clippingToAnnotation))), 2);
          if (!read.ok || read.kind !== 'w3c') throw new Error('not read');
          const pick = ({
            id,
            pageUrl,
            quote,
            position,
            note,
            tags,
            createdAtMs,
            updatedAtMs,
          }: Clipping) => ({
            id,
            pageUrl,
            quote,
            position,
            note,
            tags,
            createdAtMs,
            updatedAtMs,
          });
          expect(read.candidates.clippings.map((c) => pick(c.record))).toEqual(clippings.map(pick));
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('CSV parses back to the same cells, and no cell starts a formula', () => {
    fc.assert(
      fc.property(clippingArb, (clipping) => {
        const [cells] = parseCsv(clippingCsvLine(clipping, false));
        expect(cells).toHaveLength(12);
        for (const cell of cells!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(unguard(cells![8]!)).toBe(clipping.quote.exact);
        expect(unguard(cells![9]!)).toBe(clipping.note);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
