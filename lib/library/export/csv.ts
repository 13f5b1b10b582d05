/**
 * CSV export: one row per clipping (and per page note, `kind` = note), RFC 4180 (CRLF line ends,
 * fields with a comma, quote or line break quoted, quotes doubled), with a UTF-8 byte order mark
 * for spreadsheets. Cells starting with = + - @ (or tab / carriage return) get a leading `'` so a
 * spreadsheet never runs page text as a formula (CSV injection).
 */
import type { Clipping, Note } from '../../storage/records';
import { toSafeHttpUrl } from '../../urls';

export const CSV_COLUMNS = [
  'kind',
  'id',
  'created',
  'updated',
  'title',
  'url',
  'publisher',
  'publisher_domain',
  'quote',
  'note',
  'tags',
  'orphaned',
] as const;

/** One cell, guarded against formulas and quoted when needed. */
export function escapeCsvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One CSV line (with its CRLF). */
export function csvLine(cells: readonly string[]): string {
  return cells.map(escapeCsvCell).join(',') + '\r\n';
}

/** The header line, after a byte order mark. */
export function csvHeader(): string {
  return '\uFEFF' + csvLine(CSV_COLUMNS);
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** A clipping's row. */
export function clippingCsvLine(clipping: Clipping, orphaned: boolean): string {
  return csvLine([
    'clipping',
    clipping.id,
    iso(clipping.createdAtMs),
    iso(clipping.updatedAtMs),
    clipping.title,
    toSafeHttpUrl(clipping.pageUrl) ?? '',
    clipping.publisherName ?? '',
    clipping.publisherDomain,
    clipping.quote.exact,
    clipping.note,
    clipping.tags.join('; '),
    orphaned ? 'yes' : 'no',
  ]);
}

/** A page note's row (`title`, `url` and publisher from the article when known). */
export function noteCsvLine(
  note: Note,
  article: { title: string; url: string | null; publisherName: string | null; publisherDomain: string },
): string {
  return csvLine([
    'note',
    note.id,
    iso(note.createdAtMs),
    iso(note.updatedAtMs),
    article.title,
    article.url ?? '',
    article.publisherName ?? '',
    article.publisherDomain,
    '',
    note.text,
    '',
    'no',
  ]);
}
