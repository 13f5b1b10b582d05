/**
 * The library page's side of the search worker (entrypoints/library/search-client.ts), against a
 * stand-in worker: batches are taken in order and acknowledged, and a batch the page fails to take
 * ends the stream on both sides (the worker is told to stop, rather than left waiting).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchReply, SearchRequest } from '../../../entrypoints/library/search-messages';
import { putClipping } from '../../../lib/storage/clippings';
import { openDb } from '../../../lib/storage/open';
import { freshIndexedDb } from '../storage/helpers';
import { makeClipping } from './samples';

class FakeWorker {
  static last: FakeWorker | null = null;
  sent: SearchRequest[] = [];
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: SearchRequest): void {
    this.sent.push(message);
  }
  reply(message: SearchReply): void {
    this.onmessage?.({ data: message } as MessageEvent<SearchReply>);
  }
}

async function client() {
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  const { createSearchClient } = await import('../../../entrypoints/library/search-client');
  return { search: createSearchClient(), worker: FakeWorker.last! };
}

const settled = () => new Promise((ok) => setTimeout(ok, 0));

afterEach(() => vi.unstubAllGlobals());

describe('search client', () => {
  it('acknowledges each batch it takes, and resolves with the total', async () => {
    const { search, worker } = await client();
    const taken: number[] = [];
    const done = search.stream(null, (_entries, count) => void taken.push(count), 2, 1);
    const id = (worker.sent[0] as { id: number }).id;
    worker.reply({ type: 'batch', id, entries: [], done: 1, total: 3 });
    await settled();
    worker.reply({ type: 'batch', id, entries: [], done: 3, total: 3 });
    await settled();
    worker.reply({ type: 'streamed', id, total: 3, error: null });
    await expect(done).resolves.toBe(3);
    expect(taken).toEqual([1, 3]);
    expect(worker.sent.slice(1)).toEqual([
      { type: 'more', id },
      { type: 'more', id },
    ]);
  });

  it('a batch the page fails to take rejects the stream and tells the worker to stop', async () => {
    const { search, worker } = await client();
    const done = search.stream(
      null,
      () => {
        throw new Error('bad entry');
      },
      2,
      1,
    );
    const id = (worker.sent[0] as { id: number }).id;
    worker.reply({ type: 'batch', id, entries: [], done: 1, total: 3 });
    await expect(done).rejects.toThrow('bad entry');
    expect(worker.sent.slice(1)).toEqual([{ type: 'cancel', id }]);
    // The worker's answer to the cancel is ignored; a later stream works as before.
    worker.reply({ type: 'streamed', id, total: 0, error: 'The page stopped reading.' });
    const next = search.stream(null, () => undefined, 2, 1);
    const nextId = (worker.sent.at(-1) as { id: number }).id;
    worker.reply({ type: 'streamed', id: nextId, total: 0, error: null });
    await expect(next).resolves.toBe(0);
  });
});

describe('search worker', () => {
  it('ends a stream the page cancels, and streams again afterwards', async () => {
    freshIndexedDb();
    const db = await openDb();
    for (let i = 0; i < 3; i++) await putClipping(db, makeClipping(i), 5 + i); // three articles
    db.close();
    const scope = {
      posted: [] as SearchReply[],
      onmessage: null as ((event: { data: SearchRequest }) => void) | null,
      postMessage(message: SearchReply) {
        this.posted.push(message);
      },
    };
    vi.stubGlobal('self', scope);
    vi.resetModules();
    await import('../../../entrypoints/library/search-worker');
    const send = (data: SearchRequest) => scope.onmessage!({ data });
    const next = async (type: SearchReply['type']): Promise<SearchReply> => {
      await vi.waitFor(() => expect(scope.posted.some((m) => m.type === type)).toBe(true));
      return scope.posted.splice(
        scope.posted.findIndex((m) => m.type === type),
        1,
      )[0]!;
    };

    send({ type: 'stream', id: 1, since: null, batch: 1, firstBatch: 1 });
    expect(await next('batch')).toMatchObject({ id: 1, done: 1, total: 2 });
    send({ type: 'cancel', id: 1 });
    expect(await next('streamed')).toEqual({
      type: 'streamed',
      id: 1,
      total: 0,
      error: 'The page stopped reading.',
    });
    expect(scope.posted).toEqual([]); // nothing more of stream 1

    send({ type: 'stream', id: 2, since: null, batch: 5, firstBatch: 1 });
    expect(await next('batch')).toMatchObject({ id: 2, done: 1 });
    send({ type: 'more', id: 2 });
    expect(await next('batch')).toMatchObject({ id: 2, done: 3, total: 3 });
    send({ type: 'more', id: 2 });
    expect(await next('streamed')).toEqual({ type: 'streamed', id: 2, total: 3, error: null });
  });
});
