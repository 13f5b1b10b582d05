/** Messages between the library page and its search worker. */
import type { LibraryPageEntry } from '../../lib/library/index-entry';

export type SearchRequest =
  | { type: 'entries'; entries: LibraryPageEntry[] }
  | { type: 'reset' }
  | { type: 'flush'; id: number }
  | { type: 'match'; id: number; q: string };

export type SearchReply = { type: 'matched'; id: number; mask: Uint8Array | null };
