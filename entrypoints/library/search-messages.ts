/** Messages between the library page and its search worker. */
import type { LibraryPageEntry } from '../../lib/library/index-entry';

export type SearchRequest =
  /** Read the index entries changed after `since` (all when null), `batch` at a time. */
  | { type: 'stream'; id: number; since: number | null; batch: number; firstBatch: number }
  /** The page is done with the last batch of stream `id`: read the next. */
  | { type: 'more'; id: number }
  /** The page failed to take the last batch of stream `id`: end it, reading nothing more. */
  | { type: 'cancel'; id: number }
  | { type: 'reset' }
  | { type: 'flush'; id: number }
  | { type: 'match'; id: number; q: string };

export type SearchReply =
  | { type: 'matched'; id: number; mask: Uint8Array | null }
  /** Entries of stream `id`, without their docs' tokens (lib/library/catalog-apply.ts `withoutTokens`). */
  | { type: 'batch'; id: number; entries: LibraryPageEntry[]; done: number; total: number }
  | { type: 'streamed'; id: number; total: number; error: string | null };
