/**
 * Rebuilding the library's search index from the clippings and notes themselves: the repair for
 * an index that fell out of step (records written by code that bypassed lib/storage, or an index
 * damaged on disk). The library checks the counts when it opens and rebuilds once if they differ.
 */
import {
  buildClippingDoc,
  buildNoteDoc,
  createEntry,
  pageFieldsOfClipping,
  pageFieldsOfKey,
  pageFieldsOfRecord,
  putDocs,
  type LibraryDoc,
  type LibraryPageEntry,
  type LibraryPageFields,
} from '../library/index-entry';
import { ClippingSchema, NoteSchema, PageRecordSchema } from './records';
import type { Db } from './open';
import { streamStore } from './library-export';
import { openWriteTx } from './write-tx';

interface Group {
  docs: LibraryDoc[];
  fallback: LibraryPageFields;
}

async function collect(db: Db): Promise<Map<string, Group>> {
  const groups = new Map<string, Group>();
  const add = (pageKey: string, doc: LibraryDoc, fallback: () => LibraryPageFields): void => {
    const group = groups.get(pageKey);
    if (group) group.docs.push(doc);
    else groups.set(pageKey, { docs: [doc], fallback: fallback() });
  };
  await streamStore(db, 'clippings', (rows) => {
    for (const row of rows) {
      const c = ClippingSchema.safeParse(row);
      if (c.success)
        add(
          c.data.pageKey,
          { ...buildClippingDoc(c.data), orphaned: (row as { orphaned?: unknown }).orphaned === true },
          () => pageFieldsOfClipping(c.data),
        );
    }
  });
  await streamStore(db, 'notes', (rows) => {
    for (const row of rows) {
      const n = NoteSchema.safeParse(row);
      if (n.success) add(n.data.pageKey, buildNoteDoc(n.data), () => pageFieldsOfKey(n.data.pageKey));
    }
  });
  return groups;
}

/** Replaces the whole index with entries built from the stored records; returns the docs indexed. */
export async function rebuildLibraryIndex(db: Db, nowMs: number): Promise<number> {
  const groups = await collect(db);
  const entries: LibraryPageEntry[] = [];
  const keys = [...groups.keys()];
  for (let i = 0; i < keys.length; i += 200) {
    const tx = db.transaction('pages');
    const slice = keys.slice(i, i + 200);
    const pages = await Promise.all(slice.map((k) => tx.store.get(k)));
    slice.forEach((pageKey, j) => {
      const page = PageRecordSchema.safeParse(pages[j]);
      const group = groups.get(pageKey)!;
      const fields = page.success ? pageFieldsOfRecord(page.data) : group.fallback;
      entries.push(putDocs(createEntry(pageKey, fields, nowMs), group.docs, nowMs));
    });
  }
  const tx = openWriteTx(db, 'libraryIndex');
  await tx.store.clear();
  await Promise.all(entries.map((e) => tx.store.put(e)));
  await tx.done;
  return entries.reduce((n, e) => n + e.docs.length, 0);
}
