/**
 * Storage health for the library: how much the extension stores, the quota the browser grants,
 * and whether the data is persistent (not evicted under storage pressure). Takes the browser's
 * StorageManager as a parameter; every value is null when the browser does not say.
 */
export interface StorageHealth {
  usageBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean | null;
}

/** Reads usage, quota and persistence (never throws). */
export async function readStorageHealth(storage: StorageManager | undefined): Promise<StorageHealth> {
  const health: StorageHealth = { usageBytes: null, quotaBytes: null, persisted: null };
  try {
    const estimate = await storage?.estimate?.();
    health.usageBytes = estimate?.usage ?? null;
    health.quotaBytes = estimate?.quota ?? null;
  } catch {
    // estimate unavailable
  }
  try {
    health.persisted = (await storage?.persisted?.()) ?? null;
  } catch {
    // persisted unavailable
  }
  return health;
}
