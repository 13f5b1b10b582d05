/**
 * Selection and bulk actions of the library page: tag, untag and delete the selected clippings and
 * notes, in batches, with undo for deletes (the deleted records are kept in memory until the
 * toast is dismissed or replaced).
 */
import { useState } from 'preact/hooks';
import type { Db } from '../../lib/storage/open';
import type { DeletedRecords } from '../../lib/storage/library-bulk';
import type { ToastProps } from '../../components/library/Toast';

export interface Bulk {
  selected: ReadonlySet<string>;
  toggle: (key: string) => void;
  selectAll: (keys: string[]) => void;
  clear: () => void;
  busy: boolean;
  tag: (tag: string, add: boolean) => Promise<void>;
  remove: () => Promise<void>;
  toast: ToastProps | null;
}

export function useBulk(db: Db | null, afterWrite: () => Promise<void>): Bulk {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [toast, setToast] = useState<ToastProps | null>(null);
  const dismiss = (): void => setToast(null);
  const say = (message: string, action?: { label: string; run: () => void }): void =>
    setToast({ message, actionLabel: action?.label, onAction: action?.run, onDismiss: dismiss });

  const run = async (work: (target: Db) => Promise<void>): Promise<void> => {
    if (!db) return;
    setBusy(true);
    try {
      await work(db);
    } catch (e) {
      const quota = /quota/i.test(`${(e as Error).name} ${(e as Error).message}`);
      say(
        quota
          ? 'Storage is full: that batch was not written. Free some space and try again.'
          : `That did not work: ${(e as Error).message}`,
      );
    } finally {
      await afterWrite();
      setBusy(false);
    }
  };

  const undo = (deleted: DeletedRecords): void =>
    void run(async (target) => {
      const { restoreRecords } = await import('../../lib/storage/library-bulk');
      await restoreRecords(target, deleted, Date.now());
      say(`Restored ${deleted.clippings.length + deleted.notes.length} items.`);
    });

  return {
    selected,
    busy,
    toast,
    toggle: (key) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    selectAll: (keys) => setSelected(new Set(keys)),
    clear: () => setSelected(new Set()),
    tag: (tag, add) =>
      run(async (target) => {
        const { tagDocs } = await import('../../lib/storage/library-bulk');
        const changed = await tagDocs(target, [...selected], tag, add, Date.now());
        say(`${add ? 'Tagged' : 'Untagged'} ${changed} clippings "${tag}".`);
      }),
    remove: () =>
      run(async (target) => {
        const { deleteDocs } = await import('../../lib/storage/library-bulk');
        const deleted = await deleteDocs(target, [...selected], Date.now());
        setSelected(new Set());
        const count = deleted.clippings.length + deleted.notes.length;
        say(`Deleted ${count} items.`, { label: 'Undo', run: () => undo(deleted) });
      }),
  };
}
