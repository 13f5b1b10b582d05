/**
 * The shapes shared by the export runner and the per-format writers: where an export reads from,
 * the formats, and the running tally a writer fills.
 */
import type { BackupSection } from '../backup-schema';
import type { PageRecord } from '../../storage/records';

export const EXPORT_FORMATS = ['backup', 'markdown', 'csv', 'w3c', 'csl', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where an export reads from: every record, or a selection, in batches. */
export interface ExportSource {
  /** How many records each section holds (for progress). */
  count(section: BackupSection): Promise<number>;
  /** Calls `onBatch` with the section's raw records, a batch at a time. */
  stream(section: BackupSection, onBatch: (records: unknown[]) => void | Promise<void>): Promise<void>;
  /** Stored articles by page key (missing ones are absent). */
  getPages(pageKeys: readonly string[]): Promise<Map<string, PageRecord>>;
}

export type Progress = (done: number, total: number) => void;

/** The file being written and the counts so far. */
export interface Tally {
  parts: string[];
  written: number;
  skipped: number;
  done: number;
  total: number;
  onProgress: Progress;
}
