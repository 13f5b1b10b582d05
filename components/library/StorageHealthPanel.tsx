import { formatBytes } from '../../lib/library/format-bytes';
import type { StorageHealth } from '../../lib/storage/library-health';

export interface StorageHealthPanelProps {
  health: StorageHealth | null;
  onPersist: () => void;
}

/** How much is stored, the browser's quota, and whether the data is kept under storage pressure. */
export function StorageHealthPanel({ health, onPersist }: StorageHealthPanelProps) {
  const share =
    health?.usageBytes != null && health.quotaBytes ? health.usageBytes / health.quotaBytes : null;
  return (
    <section class="panel" aria-labelledby="storage-title" data-testid="storage-health">
      <h2 id="storage-title" class="section-title">
        Storage
      </h2>
      {health === null ? (
        <p class="small muted">Checking…</p>
      ) : (
        <>
          <p class="small" data-testid="storage-usage">
            {formatBytes(health.usageBytes)} used of {formatBytes(health.quotaBytes)}
            {share !== null && ` (${(share * 100).toFixed(share < 0.01 ? 2 : 0)}%)`}
          </p>
          {share !== null && share > 0.9 && (
            <p class="small error" role="alert">
              Storage is almost full: imports may stop. Export a backup and free some space.
            </p>
          )}
          <p class="small" data-testid="storage-persisted">
            {health.persisted
              ? 'Persistent: the browser keeps this data under storage pressure.'
              : 'Not persistent: the browser may clear this data when space runs low.'}
          </p>
          {!health.persisted && (
            <button type="button" class="secondary" onClick={onPersist}>
              Keep my data
            </button>
          )}
        </>
      )}
    </section>
  );
}
