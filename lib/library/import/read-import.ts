/**
 * Recognises what a parsed import file is and reads it: a Source Context backup, a publisher pack
 * (planned by lib/publishers' `planPackImport`), W3C Web Annotations (one, an array, a page or a
 * collection with its first page embedded) or Hypothesis JSON.
 */
import { PACK_FORMAT } from '../../publishers/pack-schema';
import { BACKUP_FORMAT } from '../backup-schema';
import type { ImportCandidates } from './candidates';
import { readBackup } from './read-backup';
import { readW3cAnnotations } from './read-annotations';
import { readHypothesisRows } from './read-hypothesis';

export type ImportKind = 'backup' | 'pack' | 'w3c' | 'hypothesis';

export type ReadImportResult =
  | { ok: true; kind: Exclude<ImportKind, 'pack'>; candidates: ImportCandidates }
  | { ok: true; kind: 'pack'; pack: unknown }
  | { ok: false; reason: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeOf = (v: unknown): unknown => (isObject(v) ? v.type : undefined);
const hasType = (v: unknown, t: string): boolean => {
  const type = typeOf(v);
  return type === t || (Array.isArray(type) && type.includes(t));
};

function unwrapW3c(value: unknown): { items: unknown[]; base: string } | string | null {
  if (Array.isArray(value))
    return value.some((v) => hasType(v, 'Annotation')) ? { items: value, base: '' } : null;
  if (hasType(value, 'Annotation')) return { items: [value], base: '' };
  if (hasType(value, 'AnnotationPage')) {
    const items = (value as Json).items;
    return Array.isArray(items) ? { items, base: 'items' } : 'The annotation page has no items.';
  }
  if (hasType(value, 'AnnotationCollection')) {
    const first = (value as Json).first;
    if (!isObject(first))
      return 'The collection does not embed its annotations (its first page is a link); export it as one file.';
    const items = first.items;
    return Array.isArray(items) ? { items, base: 'first.items' } : 'The collection has no items.';
  }
  return null;
}

function hypothesisRows(value: unknown): { items: unknown[]; base: string } | null {
  if (isObject(value) && Array.isArray(value.annotations))
    return { items: value.annotations, base: 'annotations' };
  if (isObject(value) && Array.isArray(value.rows)) return { items: value.rows, base: 'rows' };
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => isObject(v) && typeof v.uri === 'string')
  ) {
    return { items: value, base: '' };
  }
  return null;
}

/** Reads a parsed import file (untrusted JSON) into candidates, or says why it cannot. */
export function readImport(value: unknown, nowMs: number): ReadImportResult {
  if (isObject(value) && value.format === BACKUP_FORMAT) {
    const read = readBackup(value);
    return read.ok ? { ok: true, kind: 'backup', candidates: read.candidates } : read;
  }
  if (isObject(value) && value.format === PACK_FORMAT) return { ok: true, kind: 'pack', pack: value };
  const w3c = unwrapW3c(value);
  if (typeof w3c === 'string') return { ok: false, reason: w3c };
  if (w3c) return { ok: true, kind: 'w3c', candidates: readW3cAnnotations(w3c.items, w3c.base, nowMs) };
  const rows = hypothesisRows(value);
  if (rows)
    return { ok: true, kind: 'hypothesis', candidates: readHypothesisRows(rows.items, rows.base, nowMs) };
  return {
    ok: false,
    reason:
      'Source Context does not recognise this file: it reads its own backups, publisher packs, W3C Web Annotations and Hypothesis exports.',
  };
}
