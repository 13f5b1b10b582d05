/**
 * The page's side of the transfer worker: one request at a time, promise-based, with progress.
 */
import type { ExportFormat } from '../../lib/library/export/run-export';
import type { ImportSummary } from '../../lib/storage/library-prepare-import';
import type { FromWorker, ToWorker } from './transfer-messages';

type Progress = (done: number, total: number) => void;
type Pending = { resolve: (m: FromWorker) => void; progress: Progress };
type Request = ToWorker extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

export interface TransferClient {
  exportLibrary(
    format: ExportFormat,
    docKeys: string[] | null,
    progress: Progress,
  ): Promise<Extract<FromWorker, { type: 'exported' }>>;
  prepareImport(file: File): Promise<ImportSummary>;
  applyImport(progress: Progress): Promise<number>;
}

/** Starts the worker (lazily, on first use) and returns the client. */
export function createTransferClient(): TransferClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const request = (message: Request, progress: Progress = () => undefined): Promise<FromWorker> => {
    if (!worker) {
      worker = new Worker(new URL('./transfer-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const entry = pending.get(event.data.id);
        if (!entry) return;
        if (event.data.type === 'progress') return entry.progress(event.data.done, event.data.total);
        pending.delete(event.data.id);
        entry.resolve(event.data);
      };
    }
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, { resolve, progress });
      worker!.postMessage({ ...message, id } as ToWorker);
    });
  };
  const expect = <T extends FromWorker['type']>(
    reply: FromWorker,
    type: T,
  ): Extract<FromWorker, { type: T }> => {
    if (reply.type === 'failed') throw new Error(reply.error);
    if (reply.type !== type) throw new Error(`Unexpected answer from the transfer worker: ${reply.type}`);
    return reply as Extract<FromWorker, { type: T }>;
  };
  return {
    exportLibrary: async (format, docKeys, progress) =>
      expect(await request({ type: 'export', format, docKeys }, progress), 'exported'),
    prepareImport: async (file) => expect(await request({ type: 'prepareImport', file }), 'prepared').summary,
    applyImport: async (progress) =>
      expect(await request({ type: 'applyImport' }, progress), 'imported').written,
  };
}
