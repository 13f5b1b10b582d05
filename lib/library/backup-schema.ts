/**
 * The JSON backup: every stored record, versioned. `{format: 'source-context-backup', version: 1,
 * exportedAtMs, pages, notes, clippings, publishers}`; each list holds records exactly as stored,
 * validated by the record schemas of lib/storage/records.ts and lib/publishers/profile.ts.
 * Documented for readers in lib/library/BACKUP_FORMAT.md.
 */
import { z } from '../models/zod';
import { PublisherProfileSchema } from '../publishers/profile';
import { ClippingSchema, NoteSchema, PageRecordSchema } from '../storage/records';

export const BACKUP_FORMAT = 'source-context-backup';
export const BACKUP_VERSION = 1;
/** Most records of one kind a backup may hold. */
export const MAX_BACKUP_RECORDS = 1_000_000;

const records = z.array(z.unknown()).max(MAX_BACKUP_RECORDS);

/** The envelope: checked first; records are then checked one by one, so one bad record is reported alone. */
export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAtMs: z.number().int().min(0),
  pages: records,
  notes: records,
  clippings: records,
  publishers: records,
});

/** A whole backup with every record valid (what `exportLibrary` writes). */
export const BackupSchema = BackupEnvelopeSchema.extend({
  pages: z.array(PageRecordSchema).max(MAX_BACKUP_RECORDS),
  notes: z.array(NoteSchema).max(MAX_BACKUP_RECORDS),
  clippings: z.array(ClippingSchema).max(MAX_BACKUP_RECORDS),
  publishers: z.array(PublisherProfileSchema).max(MAX_BACKUP_RECORDS),
});
export type Backup = z.infer<typeof BackupSchema>;

/** The schema of each record list, by the list's name in the backup. */
export const BACKUP_RECORD_SCHEMAS = {
  pages: PageRecordSchema,
  publishers: PublisherProfileSchema,
  notes: NoteSchema,
  clippings: ClippingSchema,
} as const;
export type BackupSection = keyof typeof BACKUP_RECORD_SCHEMAS;
/** Sections in the order they are written and restored (articles before what refers to them). */
export const BACKUP_SECTIONS: readonly BackupSection[] = ['pages', 'publishers', 'notes', 'clippings'];
