/**
 * Reads a Source Context JSON backup into import candidates: the envelope must be a backup of a
 * version this build reads; then each record is validated on its own (one bad record is
 * rejected with its path, the rest still import). Links must be http(s): a `javascript:` page
 * URL rejects its record.
 */
import { toSafeHttpUrl } from '../../urls';
import {
  BACKUP_FORMAT,
  BACKUP_RECORD_SCHEMAS,
  BACKUP_SECTIONS,
  BACKUP_VERSION,
  BackupEnvelopeSchema,
} from '../backup-schema';
import { emptyCandidates, rejectionOf, type Candidate, type ImportCandidates } from './candidates';

export type ReadResult = { ok: true; candidates: ImportCandidates } | { ok: false; reason: string };

function unsafeLink(section: string, record: Record<string, unknown>): string | null {
  const links: [string, unknown][] =
    section === 'clippings'
      ? [
          ['pageUrl', record.pageUrl],
          ['canonicalUrl', record.canonicalUrl ?? undefined],
        ]
      : section === 'pages'
        ? [['context.url', (record.context as { url?: unknown } | undefined)?.url]]
        : [];
  for (const [field, value] of links) if (value !== undefined && toSafeHttpUrl(value) === null) return field;
  return null;
}

function describeEnvelope(value: unknown): string | null {
  const v = value as { format?: unknown; version?: unknown } | null;
  if (typeof v !== 'object' || v === null || v.format !== BACKUP_FORMAT)
    return 'This is not a Source Context backup.';
  if (v.version !== BACKUP_VERSION) {
    return `This backup is version ${String(v.version).slice(0, 20)}; this version of Source Context reads version ${BACKUP_VERSION}. Nothing was imported.`;
  }
  return null;
}

/** Validates a parsed backup; says why when the file as a whole cannot be used. */
export function readBackup(value: unknown): ReadResult {
  const wrong = describeEnvelope(value);
  if (wrong) return { ok: false, reason: wrong };
  const envelope = BackupEnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    const r = rejectionOf('', envelope.error);
    return { ok: false, reason: `The backup is damaged at "${r.path}": ${r.reason}. Nothing was imported.` };
  }
  const out = emptyCandidates();
  for (const section of BACKUP_SECTIONS) {
    const list = out[section] as Candidate<unknown>[];
    envelope.data[section].forEach((raw, i) => {
      const path = `${section}[${i}]`;
      const parsed = BACKUP_RECORD_SCHEMAS[section].safeParse(raw);
      if (!parsed.success) return out.rejected.push(rejectionOf(path, parsed.error));
      const field = unsafeLink(section, parsed.data as Record<string, unknown>);
      if (field)
        return out.rejected.push({ path: `${path}.${field}`, reason: 'only http(s) links are accepted' });
      list.push({ record: parsed.data, path });
    });
  }
  return { ok: true, candidates: out };
}
