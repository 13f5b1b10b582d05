import { describe, expect, it } from 'vitest';
import { groupByArticle, type ArticleBundle } from '../../../lib/library/export/bundle';
import { toCslItem, toCslName, toRisRecord } from '../../../lib/library/export/citations';
import { clippingCsvLine, csvHeader, escapeCsvCell } from '../../../lib/library/export/csv';
import { escapeMarkdown, renderMarkdownArticle, toObsidianTag } from '../../../lib/library/export/markdown';
import { runExport, type ExportSource } from '../../../lib/library/export/run-export';
import { clippingToAnnotation, noteToAnnotation } from '../../../lib/library/export/w3c';
import { BackupSchema } from '../../../lib/library/backup-schema';
import { buildClippingLink } from '../../../lib/library/text-fragment';
import type { BackupSection } from '../../../lib/library/backup-schema';
import { createProfile } from '../../../lib/publishers/profile';
import { makeClipping, makeNote, makePage } from './samples';

const page = makePage('https://news.example.com/story-0', [{ name: 'Senate', aliases: ['US Senate'] }]);

function bundle(): ArticleBundle {
  const b = groupByArticle(
    [makeClipping(0), makeClipping(2, { pageKey: page.pageKey }), makeClipping(3)],
    [makeNote(1)],
  ).get(page.pageKey)!;
  return { ...b, page };
}

function memorySource(records: Record<BackupSection, unknown[]>): ExportSource {
  return {
    count: async (s) => records[s].length,
    stream: async (s, onBatch) => {
      for (let i = 0; i < records[s].length; i += 2) await onBatch(records[s].slice(i, i + 2));
    },
    getPages: async (keys) =>
      new Map([page].filter((p) => keys.includes(p.pageKey)).map((p) => [p.pageKey, p])),
  };
}

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])('escapes %j', (cell, out) => expect(escapeCsvCell(cell)).toBe(out));

  it('writes a BOM, a header and CRLF rows', () => {
    expect(csvHeader()).toBe(
      '\uFEFFkind,id,created,updated,title,url,publisher,publisher_domain,quote,note,tags,orphaned\r\n',
    );
    const line = clippingCsvLine(makeClipping(4), true);
    expect(line.endsWith(',yes\r\n')).toBe(true);
    expect(line).toContain(
      `"'=HYPERLINK(""http://evil.example"") looks like a formula, ""quoted"", with, commas"`,
    );
  });
});

describe('Markdown', () => {
  it('escapes page text so it never becomes a link, embed, tag or HTML', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> [x](javascript:1) ![[e]] #tag ==hi== $m$')).toBe(
      '\\<img src\\=x onerror\\=alert(1)\\> \\[x\\](javascript:1) !\\[\\[e\\]\\] \\#tag \\=\\=hi\\=\\= \\$m\\$',
    );
    expect(escapeMarkdown('- list')).toBe('\\- list');
    expect(escapeMarkdown('1. one')).toBe('1\\. one');
    expect(toObsidianTag('human rights')).toBe('#human-rights');
    expect(toObsidianTag('2024')).toBe('');
  });

  it('writes one section per article with clippings, notes, organizations and claims', () => {
    const md = renderMarkdownArticle(bundle());
    expect(md).toContain('## Article at story-0');
    expect(md).toContain('- Source: <https://news.example.com/story-0>');
    expect(md).toContain('- Publisher: Example News (example.com)');
    expect(md).toContain('> The Senate passed the sanctions bill by 92 votes to 6.');
    expect(md).toContain('> \\<img src\\=x onerror\\=alert(1)\\> was posted in the comments');
    expect(md).toContain('#iran #t2');
    expect(md).toContain('[open at the passage](<https://news.example.com/story-0#:~:text=');
    expect(md).toContain('### Notes');
    expect(md).toContain('- Senate (also US Senate)');
    expect(md).toContain('### Claims to check');
  });
});

describe('W3C annotations', () => {
  it('describes a clipping with quote and position selectors, note and tag bodies', () => {
    const a = clippingToAnnotation(makeClipping(1));
    expect(a).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'urn:source-context:clipping:clip-1',
      motivation: 'commenting',
      target: {
        source: 'https://news.example.com/story-1',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'Protests spread to twelve provinces, activists say.',
            prefix: 'before the ',
            suffix: ' after it',
          },
          { type: 'TextPositionSelector', start: 10, end: 15 },
        ],
      },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'note 1 about funding' },
        { type: 'TextualBody', purpose: 'tagging', value: 'iran' },
        { type: 'TextualBody', purpose: 'tagging', value: 't1' },
      ],
    });
    expect(clippingToAnnotation(makeClipping(0))).toMatchObject({ motivation: 'highlighting' });
    expect(clippingToAnnotation(makeClipping(0))).not.toHaveProperty('body');
    expect(noteToAnnotation(makeNote(1), page.pageKey)).toMatchObject({
      target: { source: page.pageKey },
      motivation: 'commenting',
    });
  });
});

describe('citations', () => {
  it('writes CSL-JSON and RIS for an article', () => {
    expect(toCslName('Jane Q. Doe')).toEqual({ family: 'Doe', given: 'Jane Q.' });
    expect(toCslName('Reuters Staff')).toEqual({ literal: 'Reuters Staff' });
    expect(toCslItem(bundle())).toMatchObject({
      type: 'article-newspaper',
      title: 'Article at story-0',
      'container-title': 'Example News',
      URL: 'https://news.example.com/story-0',
      author: [{ family: 'Doe', given: 'Jane' }],
      issued: { 'date-parts': [[2024, 3, 5]] },
    });
    const ris = toRisRecord(bundle());
    expect(ris.startsWith('TY  - NEWS\r\nTI  - Article at story-0\r\n')).toBe(true);
    expect(ris).toContain('AU  - Doe, Jane\r\n');
    expect(ris).toContain('DA  - 2024/03/05\r\n');
    expect(ris.endsWith('ER  - \r\n\r\n')).toBe(true);
  });
});

describe('text fragment links', () => {
  it('links http(s) pages only, at the passage', () => {
    expect(buildClippingLink('javascript:alert(1)', makeClipping(0).quote)).toBeNull();
    const long = {
      exact: 'one two three four five six seven eight nine ten',
      prefix: 'a b-c',
      suffix: 'x, y z w',
    };
    expect(buildClippingLink('https://e.example/p#old', long)).toBe(
      'https://e.example/p#:~:text=a%20b%2Dc-,one%20two%20three%20four,seven%20eight%20nine%20ten,-x%2C%20y%20z',
    );
  });
});

describe('runExport', () => {
  const records = {
    pages: [page],
    publishers: [createProfile('example.com', 1)],
    notes: [makeNote(1)],
    clippings: [makeClipping(0), makeClipping(1), { id: 'broken' }],
  };

  it('writes a valid versioned backup and leaves out records failing their schema', async () => {
    const progress: number[] = [];
    const result = await runExport(memorySource(records), 'backup', 42, (done) => progress.push(done));
    const backup = BackupSchema.parse(JSON.parse(result.parts.join('')));
    expect(backup).toMatchObject({ format: 'source-context-backup', version: 1, exportedAtMs: 42 });
    expect(backup.clippings).toHaveLength(2);
    expect(result.skipped).toBe(1);
    expect(progress.at(-1)).toBe(6);
    expect(result.fileName).toBe('source-context-1970-01-01-backup.json');
  });

  it.each(['markdown', 'csv', 'w3c', 'csl', 'ris'] as const)('writes %s', async (format) => {
    const result = await runExport(memorySource(records), format, 42);
    const text = result.parts.join('');
    expect(text.length).toBeGreaterThan(50);
    if (format === 'csl') expect(JSON.parse(text)).toHaveLength(2);
    if (format === 'w3c') expect(JSON.parse(text)).toMatchObject({ type: 'AnnotationCollection', total: 3 });
    if (format === 'csv') expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});
