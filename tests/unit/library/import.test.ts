import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkImportSize, measureJsonDepth, parseImportJson } from '../../../lib/library/import/guard';
import { readImport } from '../../../lib/library/import/read-import';
import { planPack } from '../../../lib/library/import/plan-pack';
import { clippingToAnnotation } from '../../../lib/library/export/w3c';
import { createProfile } from '../../../lib/publishers/profile';
import { openDb } from '../../../lib/storage/open';
import { prepareImport } from '../../../lib/storage/library-prepare-import';
import { putClipping } from '../../../lib/storage/clippings';
import { freshIndexedDb, storedClippings } from '../storage/helpers';
import { makeClipping } from './samples';

const NOW = 1_800_000_000_000;
const backup = (patch: Record<string, unknown> = {}) => ({
  format: 'source-context-backup',
  version: 1,
  exportedAtMs: 1,
  pages: [],
  notes: [],
  clippings: [makeClipping(0)],
  publishers: [],
  ...patch,
});

function read(value: unknown) {
  const result = readImport(value, NOW);
  if (!result.ok || result.kind === 'pack') throw new Error(result.ok ? 'pack' : result.reason);
  return result;
}

describe('import guards', () => {
  it('checks the size before reading', () => {
    expect(checkImportSize(0)).toMatchObject({ ok: false });
    expect(checkImportSize(201 * 1024 * 1024)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('200 MB'),
    });
    expect(checkImportSize(1_000)).toEqual({ ok: true, value: 1_000 });
  });

  it('refuses 100,000-deep JSON before parsing it', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(measureJsonDepth(deep)).toBe(65);
    expect(measureJsonDepth('{"a":"[[[[[[","b":[1,{"c":"\\"]"}]}')).toBe(3);
    expect(parseImportJson(deep)).toMatchObject({ ok: false, reason: expect.stringContaining('64 levels') });
    expect(parseImportJson('{"a":'.repeat(100_000))).toMatchObject({ ok: false });
  });

  it('measures depth as a character-by-character scan would, escapes and all', () => {
    const slow = (text: string): number => {
      let depth = 0;
      let max = 0;
      let inString = false;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
          if (c === '\\') i++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '[' || c === '{') max = Math.max(max, ++depth);
        else if (c === ']' || c === '}') depth--;
      }
      return max;
    };
    const pieces = fc.constantFrom('"', '\\', '[', ']', '{', '}', 'a', ',', ':');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(measureJsonDepth(text, 1_000)).toBe(slow(text));
      }),
      { seed: 20_261_206, numRuns: 2_000 },
    );
  });

  it.each([
    ['truncated', JSON.stringify(backup()).slice(0, 60), 'truncated'],
    ['not JSON', 'hello, world}', 'not valid JSON'],
    ['a __proto__ key', '{"format":"x","__proto__":{"polluted":true}}', '__proto__'],
    ['an escaped __proto__ key', '{"\\u005f_proto__":{"polluted":true}}', '__proto__'],
  ])('refuses %s', (_name, text, reason) => {
    expect(parseImportJson(text)).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('reading backups', () => {
  it('refuses other formats and versions as a whole', () => {
    expect(readImport({ hello: 1 }, NOW)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not recognise'),
    });
    expect(readImport(backup({ version: 2 }), NOW)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('version 2'),
    });
    expect(readImport(backup({ clippings: 'many' }), NOW)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('"clippings"'),
    });
  });

  it('rejects single records with their path and reason, javascript: links included', () => {
    const bad = { ...makeClipping(1), quote: { exact: '', prefix: '', suffix: '' } };
    const hostile = makeClipping(2, { pageUrl: 'javascript:alert(1)' });
    const { candidates } = read(backup({ clippings: [makeClipping(0), bad, hostile] }));
    expect(candidates.clippings).toHaveLength(1);
    expect(candidates.rejected).toEqual([
      { path: 'clippings[1].quote.exact', reason: expect.stringContaining('>=1') },
      { path: 'clippings[2].pageUrl', reason: 'only http(s) links are accepted' },
    ]);
  });
});

describe('reading annotations', () => {
  const annotation = clippingToAnnotation(makeClipping(1));
  const hypothesis = {
    id: 'abc123',
    created: '2024-01-02T03:04:05.000Z',
    updated: '2024-01-03T03:04:05.000Z',
    uri: 'https://news.example.com/h',
    text: 'a reply',
    tags: ['media'],
    document: { title: ['Hypothesis page'] },
    target: [
      {
        source: 'https://news.example.com/h',
        selector: [{ type: 'TextQuoteSelector', exact: 'quoted words' }],
      },
    ],
  };

  it.each([
    ['one annotation', annotation],
    ['an array', [annotation]],
    ['an AnnotationPage', { type: 'AnnotationPage', items: [annotation] }],
    [
      'an AnnotationCollection',
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items: [annotation] },
      },
    ],
  ])('reads %s', (_name, value) => {
    const { kind, candidates } = read(value);
    expect(kind).toBe('w3c');
    expect(candidates.clippings.map((c) => c.record)).toEqual([
      expect.objectContaining({ id: 'clip-1', note: 'note 1 about funding', tags: ['iran', 't1'] }),
    ]);
  });

  it('reads Hypothesis exports with stable ids', () => {
    const { kind, candidates } = read({ export_date: 'x', annotations: [hypothesis] });
    expect(kind).toBe('hypothesis');
    const [c] = candidates.clippings.map((x) => x.record);
    expect(c).toMatchObject({
      title: 'Hypothesis page',
      note: 'a reply',
      tags: ['media'],
      quote: { exact: 'quoted words' },
    });
    expect(read({ rows: [hypothesis] }).candidates.clippings[0]!.record.id).toBe(c!.id);
  });

  it('rejects hostile or empty annotations and unembedded collections', () => {
    const hostile = { ...annotation, target: { source: 'javascript:alert(1)' } };
    const empty = { type: 'Annotation', target: 'https://news.example.com/x' };
    const { candidates } = read([hostile, empty, { type: 'Annotation' }]);
    expect(candidates.rejected.map((r) => r.path)).toEqual(['[0].target.source', '[1]', '[2].target']);
    expect(readImport({ type: 'AnnotationCollection', first: 'https://x.example/page1' }, NOW)).toMatchObject(
      { ok: false },
    );
  });
});

describe('publisher packs', () => {
  it('plans a pack with lib/publishers', () => {
    const pack = {
      format: 'source-context-publisher-pack',
      version: 1,
      publishers: [{ domain: 'example.com', label: 'wire' }, { domain: 'bad domain' }],
    };
    expect(readImport(pack, NOW)).toMatchObject({ ok: true, kind: 'pack' });
    const plan = planPack(pack, new Map([['example.com', createProfile('example.com', 0)]]), NOW);
    expect(plan.tallies.publishers.update).toBe(1);
    expect(plan.rejected).toHaveLength(1);
    expect(plan.writes.update.publishers[0]!.label).toMatchObject({ text: 'wire', source: 'pack' });
  });
});

describe('hostile files change nothing', () => {
  beforeEach(freshIndexedDb);
  it.each([
    ['deep', '['.repeat(100_000)],
    ['proto', JSON.stringify(backup()).replace('"exportedAtMs"', '"__proto__":{"x":1},"exportedAtMs"')],
    ['wrong version', JSON.stringify(backup({ version: 99 }))],
    ['truncated', JSON.stringify(backup()).slice(0, -30)],
    [
      'javascript url',
      JSON.stringify(backup({ clippings: [makeClipping(3, { pageUrl: 'javascript:alert(1)' })] })),
    ],
  ])('%s', async (_name, text) => {
    const db = await openDb({ name: 'hostile' });
    await putClipping(db, makeClipping(0, { note: 'mine' }));
    const before = await storedClippings(db);
    const prepared = await prepareImport(db, text, NOW);
    if (prepared.ok) expect(prepared.summary.toWrite).toBe(0);
    else expect(prepared.reason.length).toBeGreaterThan(10);
    expect(await storedClippings(db)).toEqual(before);
    db.close();
  });
});
