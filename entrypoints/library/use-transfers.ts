/**
 * Export and import state for the library page, driving the transfer worker: export progress and
 * download; import dry run, confirmation, progress, and the reason when a file is refused.
 */
import { useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../../lib/library/export/run-export';
import type { ImportSummary } from '../../lib/storage/library-prepare-import';
import { downloadBlob } from './download';
import { createTransferClient } from './transfer-client';

type Progress = { done: number; total: number } | null;
export type ImportPhase = 'idle' | 'reading' | 'planned' | 'writing' | 'done';

export interface Transfers {
  exportProgress: Progress;
  exportMessage: string | null;
  startExport: (format: ExportFormat, docKeys: string[] | null) => Promise<void>;
  importPhase: ImportPhase;
  importSummary: ImportSummary | null;
  importProgress: Progress;
  importMessage: string | null;
  importError: string | null;
  pickFile: (file: File) => Promise<void>;
  confirmImport: () => Promise<void>;
  cancelImport: () => void;
}

/** `onImported` runs after records were written (to refresh the catalog). */
export function useTransfers(onImported: () => Promise<void>): Transfers {
  const client = useRef(createTransferClient()).current;
  const [exportProgress, setExportProgress] = useState<Progress>(null);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [importPhase, setImportPhase] = useState<ImportPhase>('idle');
  const [importSummary, setImportSummary] = useState<ImportSummary | null>(null);
  const [importProgress, setImportProgress] = useState<Progress>(null);
  const [importMessage, setImportMessage] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  const startExport = async (format: ExportFormat, docKeys: string[] | null): Promise<void> => {
    setExportProgress({ done: 0, total: 0 });
    setExportMessage(null);
    const started = performance.now();
    try {
      const result = await client.exportLibrary(format, docKeys, (done, total) =>
        setExportProgress({ done, total }),
      );
      downloadBlob(result.blob, result.fileName);
      performance.measure('sc-export', { start: started, end: performance.now() });
      const skipped = result.skipped ? ` ${result.skipped} damaged records were left out.` : '';
      setExportMessage(
        `Exported ${result.written.toLocaleString()} records to ${result.fileName}.${skipped}`,
      );
    } catch (e) {
      setExportMessage(`Export failed: ${(e as Error).message}`);
    } finally {
      setExportProgress(null);
    }
  };

  const pickFile = async (file: File): Promise<void> => {
    setImportPhase('reading');
    setImportSummary(null);
    setImportError(null);
    setImportMessage(null);
    const started = performance.now();
    try {
      setImportSummary(await client.prepareImport(file));
      performance.measure('sc-import-prepare', { start: started, end: performance.now() });
      setImportPhase('planned');
    } catch (e) {
      setImportError((e as Error).message);
      setImportPhase('idle');
    }
  };

  const confirmImport = async (): Promise<void> => {
    setImportPhase('writing');
    setImportProgress({ done: 0, total: importSummary?.toWrite ?? 0 });
    const started = performance.now();
    try {
      const written = await client.applyImport((done, total) => setImportProgress({ done, total }));
      performance.measure('sc-import-write', { start: started, end: performance.now() });
      await onImported();
      performance.measure('sc-import-apply', { start: started, end: performance.now() });
      setImportMessage(`Imported ${written.toLocaleString()} records.`);
      setImportPhase('done');
    } catch (e) {
      setImportError((e as Error).message);
      setImportPhase('idle');
      await onImported();
    } finally {
      setImportProgress(null);
    }
  };

  const cancelImport = (): void => {
    setImportPhase('idle');
    setImportSummary(null);
  };

  return {
    exportProgress,
    exportMessage,
    startExport,
    importPhase,
    importSummary,
    importProgress,
    importMessage,
    importError,
    pickFile,
    confirmImport,
    cancelImport,
  };
}
