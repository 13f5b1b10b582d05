/**
 * The library's transfer worker: runs exports and imports off the page's main thread. Holds the
 * planned import between the dry run and the reader's confirmation.
 */
import { runExport } from '../../lib/library/export/run-export';
import { checkImportSize } from '../../lib/library/import/guard';
import type { ImportPlan } from '../../lib/library/import/plan';
import { openDb, type Db } from '../../lib/storage/open';
import { createExportSource } from '../../lib/storage/library-export';
import { applyImportPlan } from '../../lib/storage/library-import';
import { prepareImport } from '../../lib/storage/library-prepare-import';
import type { FromWorker, ToWorker } from './transfer-messages';

const scope = self as unknown as {
  postMessage: (m: FromWorker) => void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
let db: Promise<Db> | null = null;
let planned: ImportPlan | null = null;

const database = (): Promise<Db> => (db ??= openDb({ onVersionChange: () => (db = null) }));
const post = (message: FromWorker): void => scope.postMessage(message);

async function handle(message: ToWorker): Promise<void> {
  const id = message.id;
  const progress = (done: number, total: number): void => post({ type: 'progress', id, done, total });
  if (message.type === 'export') {
    const result = await runExport(
      createExportSource(await database(), message.docKeys),
      message.format,
      Date.now(),
      progress,
    );
    const blob = new Blob(result.parts, { type: result.mimeType });
    post({
      type: 'exported',
      id,
      blob,
      fileName: result.fileName,
      written: result.written,
      skipped: result.skipped,
    });
  } else if (message.type === 'prepareImport') {
    planned = null;
    const size = checkImportSize(message.file.size);
    if (!size.ok) return post({ type: 'failed', id, error: size.reason });
    const prepared = await prepareImport(await database(), await message.file.text(), Date.now());
    if (!prepared.ok) return post({ type: 'failed', id, error: prepared.reason });
    planned = prepared.plan;
    post({ type: 'prepared', id, summary: prepared.summary });
  } else {
    const plan = planned;
    planned = null;
    if (!plan)
      return post({ type: 'failed', id, error: 'Choose the file again: the import was not prepared.' });
    const written = await applyImportPlan(await database(), plan, Date.now(), progress);
    post({ type: 'imported', id, written });
  }
}

scope.onmessage = (event) => {
  handle(event.data).catch((error: unknown) => {
    post({
      type: 'failed',
      id: event.data.id,
      error: error instanceof Error ? error.message : String(error),
    });
  });
};
