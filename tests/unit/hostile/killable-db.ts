/**
 * A Db that "stops the service worker" at a chosen await point (issue 11, test 11). Every
 * IndexedDB call lib/storage makes through it (a store or index request, a `db.get`-style
 * shortcut, awaiting `tx.done`) is one step; at step `killAt` every live transaction is aborted,
 * the connection closes, and this and every later call throws, as if the worker's JavaScript had
 * stopped there (the browser aborts uncommitted transactions of a stopped worker).
 */
import type { Db } from '../../../lib/storage/open';

export interface Killable {
  db: Db;
  /** Steps taken so far. */
  steps: () => number;
  killed: () => boolean;
}

type Anything = Record<PropertyKey, unknown>;

/** Wraps `db`; `killAt` = Infinity only counts steps. */
export function makeKillable(db: Db, killAt: number): Killable {
  let steps = 0;
  let dead = false;
  const live = new Set<{ abort: () => void }>();
  const step = (): void => {
    if (dead) throw new Error('service worker stopped');
    if (++steps < killAt) return;
    dead = true;
    for (const tx of live) {
      try {
        tx.abort();
      } catch {
        // already committed
      }
    }
    db.close();
    throw new Error('service worker stopped');
  };
  const counted = <T extends object>(target: T, wrapResult?: (prop: PropertyKey, v: unknown) => unknown): T =>
    new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (prop !== 'transaction' && prop !== 'close') step();
          const result = (value as (...a: unknown[]) => unknown).apply(t, args);
          return wrapResult ? wrapResult(prop, result) : result;
        };
      },
    });
  const wrapStore = (store: object): object =>
    counted(store, (prop, result) => (prop === 'index' ? counted(result as object) : result));
  // Awaiting `tx.done` is a step; `tx.done.catch(...)` (no await) is not.
  const awaitable = (done: Promise<void>): PromiseLike<void> & Pick<Promise<void>, 'catch'> => ({
    then: (ok, ko) => {
      step();
      return done.then(ok, ko);
    },
    catch: (ko) => done.catch(ko),
  });
  const wrapTx = (tx: Anything & { abort: () => void; done: Promise<void> }): object => {
    if (dead) throw new Error('service worker stopped');
    live.add(tx);
    // Raw events, not `tx.done`: handling that promise here would hide rejections lib/ leaves.
    const forget = (): boolean => live.delete(tx);
    for (const type of ['complete', 'abort', 'error'])
      (tx as unknown as EventTarget).addEventListener(type, forget);
    return new Proxy(tx, {
      get(t, prop) {
        if (prop === 'done') return awaitable(t.done);
        if (prop === 'store') return wrapStore(t.store as object);
        const value = Reflect.get(t, prop, t) as unknown;
        if (prop === 'objectStore')
          return (name: string) => wrapStore((value as (n: string) => object).call(t, name));
        return typeof value === 'function' ? (value as () => unknown).bind(t) : value;
      },
    });
  };
  const wrapped = counted(db, (prop, result) => (prop === 'transaction' ? wrapTx(result as never) : result));
  return { db: wrapped, steps: () => steps, killed: () => dead };
}
