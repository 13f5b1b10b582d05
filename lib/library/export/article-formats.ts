/**
 * The per-article exports (Markdown, CSV, W3C Web Annotations, CSL-JSON, RIS): every clipping and
 * note is read and validated, grouped by article with the article's stored record, and written
 * article by article, articles in title order.
 */
import { isOrphaned } from '../index-entry';
import { ClippingSchema, NoteSchema, type Clipping, type Note } from '../../storage/records';
import {
  bundlePublisherDomain,
  bundlePublisherName,
  bundleTitle,
  bundleUrl,
  groupByArticle,
  type ArticleBundle,
} from './bundle';
import { clippingCsvLine, csvHeader, noteCsvLine } from './csv';
import { toCslItem, toRisRecord } from './citations';
import type { ExportFormat, ExportSource, Tally } from './export-types';
import { renderMarkdownArticle, renderMarkdownHeader } from './markdown';
import { clippingToAnnotation, noteToAnnotation, w3cFooter, w3cHeader } from './w3c';

async function readDocs(
  source: ExportSource,
  t: Tally,
): Promise<{ clippings: Clipping[]; notes: Note[]; orphaned: Set<string> }> {
  const clippings: Clipping[] = [];
  const notes: Note[] = [];
  const orphaned = new Set<string>();
  await source.stream('notes', (rows) => {
    for (const raw of rows) {
      const parsed = NoteSchema.safeParse(raw);
      if (parsed.success) notes.push(parsed.data);
      else t.skipped++;
    }
    t.onProgress((t.done += rows.length), t.total);
  });
  await source.stream('clippings', (rows) => {
    for (const raw of rows) {
      const parsed = ClippingSchema.safeParse(raw);
      if (!parsed.success) t.skipped++;
      else {
        clippings.push(parsed.data);
        if (isOrphaned(raw)) orphaned.add(parsed.data.id);
      }
    }
    t.onProgress((t.done += rows.length), t.total);
  });
  return { clippings, notes, orphaned };
}

async function readBundles(
  source: ExportSource,
  clippings: Clipping[],
  notes: Note[],
): Promise<ArticleBundle[]> {
  const bundles = groupByArticle(clippings, notes);
  const keys = [...bundles.keys()];
  for (let i = 0; i < keys.length; i += 200) {
    const pages = await source.getPages(keys.slice(i, i + 200));
    for (const [key, page] of pages) bundles.get(key)!.page = page;
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return [...bundles.values()].sort((a, b) => collator.compare(bundleTitle(a), bundleTitle(b)));
}

/** Writes a per-article format (Markdown, CSV, W3C, CSL-JSON, RIS) into `t.parts`. */
export async function writeArticleFormat(
  format: ExportFormat,
  source: ExportSource,
  exportedAtMs: number,
  t: Tally,
): Promise<void> {
  const { clippings, notes, orphaned } = await readDocs(source, t);
  const bundles = await readBundles(source, clippings, notes);
  t.written = clippings.length + notes.length;
  if (format === 'markdown') {
    t.parts.push(renderMarkdownHeader(exportedAtMs, bundles.length), ...bundles.map(renderMarkdownArticle));
  } else if (format === 'csl') {
    t.parts.push('[\n' + bundles.map((b) => JSON.stringify(toCslItem(b), null, 2)).join(',\n') + '\n]\n');
  } else if (format === 'ris') {
    t.parts.push(...bundles.map(toRisRecord));
  } else if (format === 'csv') {
    t.parts.push(csvHeader());
    for (const b of bundles) {
      const article = {
        title: bundleTitle(b),
        url: bundleUrl(b),
        publisherName: bundlePublisherName(b),
        publisherDomain: bundlePublisherDomain(b),
      };
      for (const c of b.clippings) t.parts.push(clippingCsvLine(c, orphaned.has(c.id)));
      for (const n of b.notes) t.parts.push(noteCsvLine(n, article));
    }
  } else {
    const items = bundles.flatMap((b) => [
      ...b.clippings.map(clippingToAnnotation),
      ...b.notes.map((n) => noteToAnnotation(n, bundleUrl(b) ?? b.pageKey)),
    ]);
    t.parts.push(
      w3cHeader(exportedAtMs),
      items.map((a) => JSON.stringify(a)).join(',\n'),
      w3cFooter(items.length),
    );
  }
}
