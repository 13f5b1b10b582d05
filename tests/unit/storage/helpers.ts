import { IDBFactory } from 'fake-indexeddb';

/** A fresh, empty IndexedDB for one test. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}
