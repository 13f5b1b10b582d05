/**
 * What an import file yields once read: records that passed validation (each with where it was
 * in the file) and rejections with the file path and the reason, before any comparison with what
 * is stored.
 */
import type { z } from '../../models/zod';
import type { PublisherProfile } from '../../publishers/profile';
import type { Clipping, Note, PageRecord } from '../../storage/records';
import type { BackupSection } from '../backup-schema';

export interface Candidate<T> {
  record: T;
  /** Where in the file, e.g. `clippings[12]`. */
  path: string;
}

export interface Rejection {
  path: string;
  reason: string;
}

export interface ImportCandidates {
  pages: Candidate<PageRecord>[];
  publishers: Candidate<PublisherProfile>[];
  notes: Candidate<Note>[];
  clippings: Candidate<Clipping>[];
  rejected: Rejection[];
}

export type CandidateSection = BackupSection;

/** No candidates yet. */
export function emptyCandidates(): ImportCandidates {
  return { pages: [], publishers: [], notes: [], clippings: [], rejected: [] };
}

/** `base` followed by a zod issue path: `clippings[3]` + `quote.exact`. */
export function joinPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`),
    base,
  );
}

/** A rejection from the first zod issue of a failed parse. */
export function rejectionOf(base: string, error: z.ZodError): Rejection {
  const issue = error.issues[0];
  return { path: joinPath(base, issue?.path ?? []), reason: issue?.message ?? 'invalid' };
}

/** Total number of accepted candidates. */
export function countCandidates(c: ImportCandidates): number {
  return c.pages.length + c.publishers.length + c.notes.length + c.clippings.length;
}
