/**
 * Messages between the library page and its transfer worker (exports and imports run in the worker
 * so parsing and serializing 100,000 records never blocks the page).
 */
import type { ExportFormat } from '../../lib/library/export/run-export';
import type { ImportSummary } from '../../lib/storage/library-prepare-import';

export type ToWorker =
  | { type: 'export'; id: number; format: ExportFormat; docKeys: string[] | null }
  | { type: 'prepareImport'; id: number; file: File }
  | { type: 'applyImport'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'exported'; id: number; blob: Blob; fileName: string; written: number; skipped: number }
  | { type: 'prepared'; id: number; summary: ImportSummary }
  | { type: 'imported'; id: number; written: number }
  | { type: 'failed'; id: number; error: string };
