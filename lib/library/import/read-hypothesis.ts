/**
 * Hypothesis's own JSON (API search rows, or the client's export `{annotations: [...]}`) read into
 * the same drafts as W3C annotations: `uri`, `text`, `tags`, `target[0].selector`, `document.title`.
 */
import { HypothesisRowSchema } from './annotation-schema';
import { emptyCandidates, rejectionOf, type ImportCandidates } from './candidates';
import { addDraft, toMs, type AnnotationDraft } from './read-annotations';

/** Reads Hypothesis rows (API or client export) into candidates. */
export function readHypothesisRows(items: readonly unknown[], base: string, nowMs: number): ImportCandidates {
  const out = emptyCandidates();
  items.forEach((raw, i) => {
    const parsed = HypothesisRowSchema.safeParse(raw);
    if (!parsed.success) return void out.rejected.push(rejectionOf(`${base}[${i}]`, parsed.error));
    const row = parsed.data;
    const target = row.target?.[0];
    const draft: AnnotationDraft = {
      id: row.id ? `hypothesis:${row.id}` : null,
      source: target?.source ?? row.uri,
      selectors: target?.selector ?? [],
      note: row.text ?? '',
      tags: row.tags ?? [],
      title: row.document?.title?.[0] ?? '',
      createdMs: toMs(row.created),
      modifiedMs: toMs(row.updated),
    };
    addDraft(out, draft, `${base}[${i}]`, nowMs);
  });
  return out;
}
