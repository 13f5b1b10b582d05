/**
 * What the opt-in open-data lookup asks the browser for, and only when the reader turns it on:
 * the Wikimedia hosts, and in Firefox the `browsingActivity` data-collection consent (the lookup
 * sends the publisher's name and domain, which say which sites the reader visits, to Wikidata).
 * The manifest declares the same (wxt.config.ts); nothing is sent before both are granted.
 */

/** Hosts the lookup talks to (optional host permissions in the manifest). */
export const OPEN_DATA_ORIGINS = [
  'https://www.wikidata.org/*',
  'https://query.wikidata.org/*',
  'https://en.wikipedia.org/*',
];

/** Firefox's data-collection category for what the lookup transmits. */
export const OPEN_DATA_COLLECTION = 'browsingActivity';

/** A `permissions.request` / `remove` argument, with Firefox's `data_collection` where it applies. */
export interface OpenDataPermissions {
  origins: string[];
  data_collection?: string[];
}

/**
 * The permissions to request for the lookup under `manifest`: `data_collection` only where the
 * manifest lists it as optional (Firefox); Chrome rejects unknown keys, so it never gets one.
 */
export function openDataPermissions(manifest: unknown): OpenDataPermissions {
  const optional = (
    manifest as {
      browser_specific_settings?: { gecko?: { data_collection_permissions?: { optional?: unknown } } };
    } | null
  )?.browser_specific_settings?.gecko?.data_collection_permissions?.optional;
  const declared = Array.isArray(optional) && optional.includes(OPEN_DATA_COLLECTION);
  return {
    origins: [...OPEN_DATA_ORIGINS],
    ...(declared ? { data_collection: [OPEN_DATA_COLLECTION] } : {}),
  };
}
