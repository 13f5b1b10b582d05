/**
 * Runs an export over an `ExportSource` (the whole library or a selection, streamed in batches)
 * and returns the file as string parts for a Blob. Records are validated on the way out; one that
 * fails its schema is left out and counted. Runs in the library's worker, off the page's thread.
 */
import {
  BACKUP_FORMAT,
  BACKUP_RECORD_SCHEMAS,
  BACKUP_SECTIONS,
  BACKUP_VERSION,
  type BackupSection,
} from '../backup-schema';
import { isoDay } from './bundle';
import { writeArticleFormat } from './article-formats';
import type { ExportFormat, ExportSource, Progress, Tally } from './export-types';

export { EXPORT_FORMATS, type ExportFormat, type ExportSource } from './export-types';

export interface ExportResult {
  parts: string[];
  mimeType: string;
  fileName: string;
  /** Records written, and records left out because they failed their schema. */
  written: number;
  skipped: number;
}

const FILES: Record<ExportFormat, { mimeType: string; name: string }> = {
  backup: { mimeType: 'application/json', name: 'backup.json' },
  markdown: { mimeType: 'text/markdown', name: 'library.md' },
  csv: { mimeType: 'text/csv', name: 'clippings.csv' },
  w3c: { mimeType: 'application/ld+json', name: 'annotations.jsonld' },
  csl: { mimeType: 'application/vnd.citationstyles.csl+json', name: 'articles.csl.json' },
  ris: { mimeType: 'application/x-research-info-systems', name: 'articles.ris' },
};

async function writeBackup(source: ExportSource, exportedAtMs: number, t: Tally): Promise<void> {
  t.parts.push(`{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"exportedAtMs":${exportedAtMs}`);
  for (const section of BACKUP_SECTIONS) {
    t.parts.push(`,\n"${section}":[`);
    let n = 0;
    await source.stream(section, (records) => {
      const lines: string[] = [];
      for (const raw of records) {
        const parsed = BACKUP_RECORD_SCHEMAS[section].safeParse(raw);
        if (!parsed.success) t.skipped++;
        else lines.push((n++ === 0 ? '\n' : ',\n') + JSON.stringify(parsed.data));
      }
      t.written += lines.length;
      t.parts.push(lines.join(''));
      t.onProgress((t.done += records.length), t.total);
    });
    t.parts.push(n ? '\n]' : ']');
  }
  t.parts.push('}\n');
}

/** Exports `source` as `format`; `onProgress` is told records read so far out of the total. */
export async function runExport(
  source: ExportSource,
  format: ExportFormat,
  exportedAtMs: number,
  onProgress: Progress = () => undefined,
): Promise<ExportResult> {
  const sections: BackupSection[] = format === 'backup' ? [...BACKUP_SECTIONS] : ['notes', 'clippings'];
  const counts = await Promise.all(sections.map((s) => source.count(s)));
  const t: Tally = {
    parts: [],
    written: 0,
    skipped: 0,
    done: 0,
    total: counts.reduce((a, b) => a + b, 0),
    onProgress,
  };
  if (format === 'backup') await writeBackup(source, exportedAtMs, t);
  else await writeArticleFormat(format, source, exportedAtMs, t);
  const file = FILES[format];
  return {
    parts: t.parts,
    mimeType: file.mimeType,
    fileName: `source-context-${isoDay(exportedAtMs)}-${file.name}`,
    written: t.written,
    skipped: t.skipped,
  };
}
