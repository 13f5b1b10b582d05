/**
 * Opening a write transaction, the one way every writer in lib/storage does it. The transaction's
 * `done` promise gets a handler at once: when a request fails or the caller aborts, the caller
 * learns it from that request or by awaiting `tx.done`, and the rejection is never reported as
 * unhandled in the meantime.
 */
import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import type { Db } from './open';
import type { SourceContextDb } from './schema';

type Name = StoreNames<SourceContextDb>;

/**
 * How soon a commit must be on disk. "strict" (the default) for the reader's own edits; "relaxed"
 * for steps of a longer write that ends with a strict commit, which flushes them too.
 */
export type Durability = 'strict' | 'relaxed';

/** A readwrite transaction over one store. */
export function openWriteTx<N extends Name>(
  db: Db,
  store: N,
  durability?: Durability,
): IDBPTransaction<SourceContextDb, [N], 'readwrite'>;
/** A readwrite transaction over several stores. */
export function openWriteTx<Ns extends ArrayLike<Name>>(
  db: Db,
  stores: Ns,
  durability?: Durability,
): IDBPTransaction<SourceContextDb, Ns, 'readwrite'>;
export function openWriteTx<Ns extends ArrayLike<Name>>(
  db: Db,
  stores: Name | Ns,
  durability: Durability = 'strict',
): IDBPTransaction<SourceContextDb, Ns, 'readwrite'> {
  const tx = db.transaction(stores as Ns, 'readwrite', { durability });
  tx.done.catch(() => undefined);
  return tx;
}

/**
 * Resolves when `tx` finishes: with null once it has committed, else with why it aborted: the
 * first request that failed on its own (a `ConstraintError`), else the transaction's error (a
 * full disk), else an `AbortError`. It waits for the `abort` event, which comes after every
 * request's `error` event, so the cause is known by then; idb's `tx.done` rejects on the first
 * `error` event, before the transaction has an error, with a bare `AbortError`. Call it before
 * issuing requests.
 */
export function whenFinished(
  tx: IDBPTransaction<SourceContextDb, ArrayLike<Name>, 'readwrite'>,
): Promise<DOMException | null> {
  const raw = unwrap(tx);
  let cause: DOMException | null = null;
  raw.addEventListener('error', (event) => {
    const error = (event.target as IDBRequest | null)?.error ?? null;
    if (!cause && error && error.name !== 'AbortError') cause = error;
  });
  return new Promise((resolve) => {
    raw.addEventListener('complete', () => resolve(null));
    raw.addEventListener('abort', () =>
      resolve(cause ?? raw.error ?? new DOMException('The transaction was aborted.', 'AbortError')),
    );
  });
}
