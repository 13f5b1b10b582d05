/**
 * Turns annotation files into clippings and page notes: an annotation with a TextQuoteSelector
 * becomes a clipping (its commenting bodies the note, tagging bodies the tags), one without becomes
 * a page note. Our own exports keep their ids (`urn:source-context:clipping:<id>`); other ids are
 * hashed, so importing a file twice adds nothing the second time.
 */
import { hashText } from '../../hash';
import { registrableDomain } from '../../publishers/domain';
import { ClippingSchema, NoteSchema } from '../../storage/records';
import { toPageKey, toSafeHttpUrl } from '../../urls';
import { CLIPPING_URN, NOTE_URN } from '../export/w3c';
import { W3cAnnotationSchema, type Selector, type Target, type W3cAnnotation } from './annotation-schema';
import { emptyCandidates, rejectionOf, type ImportCandidates } from './candidates';

/** The common shape both dialects are read into. */
export interface AnnotationDraft {
  id: string | null;
  source: string;
  selectors: Selector[];
  note: string;
  tags: string[];
  title: string;
  createdMs: number | null;
  modifiedMs: number | null;
}

/** Milliseconds of an ISO date, or null. */
export const toMs = (iso: string | undefined): number | null => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
};
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function firstTarget(target: Target | Target[]): { source: string; selectors: Selector[] } {
  const t = list(target)[0]!;
  if (typeof t === 'string') return { source: t, selectors: [] };
  return { source: typeof t.source === 'string' ? t.source : t.source.id, selectors: list(t.selector) };
}

/** Reads a W3C annotation into a draft. */
export function draftFromW3c(a: W3cAnnotation): AnnotationDraft {
  const notes: string[] = a.bodyValue ? [a.bodyValue] : [];
  const tags: string[] = [];
  for (const body of list(a.body)) {
    if (typeof body === 'string' || body.value === undefined) continue;
    if (body.purpose === 'tagging') tags.push(body.value);
    else notes.push(body.value);
  }
  const { source, selectors } = firstTarget(a.target);
  const note = notes.join('\n\n');
  return {
    id: a.id ?? null,
    source,
    selectors,
    note,
    tags,
    title: '',
    createdMs: toMs(a.created),
    modifiedMs: toMs(a.modified),
  };
}

function makeId(draft: AnnotationDraft, urn: string): string {
  if (draft.id?.startsWith(urn)) return draft.id.slice(urn.length);
  return (
    'w3c-' +
    hashText(
      draft.id ??
        `${draft.source}\u0000${draft.selectors.map((s) => s.exact).join()}\u0000${draft.createdMs}`,
    )
  );
}

/** Adds the clipping or note of `draft` to `out`, or its rejection. */
export function addDraft(out: ImportCandidates, draft: AnnotationDraft, path: string, nowMs: number): void {
  const url = toSafeHttpUrl(draft.source);
  if (!url)
    return void out.rejected.push({
      path: `${path}.target.source`,
      reason: 'only http(s) pages are accepted',
    });
  const quote = draft.selectors.find((s) => s.type === 'TextQuoteSelector' && s.exact);
  const position = draft.selectors.find(
    (s) => s.type === 'TextPositionSelector' && s.start !== undefined && s.end !== undefined,
  );
  const createdAtMs = draft.createdMs ?? nowMs;
  const times = { createdAtMs, updatedAtMs: Math.max(createdAtMs, draft.modifiedMs ?? createdAtMs) };
  const tags = [...new Set(draft.tags.map((t) => t.trim().slice(0, 64)).filter(Boolean))].slice(0, 50);
  if (!quote) {
    if (!draft.note.trim())
      return void out.rejected.push({ path, reason: 'no quoted text and no note: nothing to import' });
    const parsed = NoteSchema.safeParse({
      id: makeId(draft, NOTE_URN),
      pageKey: toPageKey(url),
      text: draft.note,
      ...times,
    });
    if (parsed.success) out.notes.push({ record: parsed.data, path });
    else out.rejected.push(rejectionOf(path, parsed.error));
    return;
  }
  const parsed = ClippingSchema.safeParse({
    id: makeId(draft, CLIPPING_URN),
    pageKey: toPageKey(url),
    pageUrl: url,
    canonicalUrl: null,
    title: draft.title.slice(0, 2_000),
    publisherDomain: registrableDomain(url),
    publisherName: null,
    quote: {
      exact: quote.exact,
      prefix: (quote.prefix ?? '').slice(-200),
      suffix: (quote.suffix ?? '').slice(0, 200),
    },
    position: position ? { start: position.start, end: position.end } : null,
    textHash: '',
    note: draft.note,
    tags,
    ...times,
  });
  if (parsed.success) out.clippings.push({ record: parsed.data, path });
  else out.rejected.push(rejectionOf(path, parsed.error));
}

/** Reads W3C annotations (already unwrapped into a list) into candidates. */
export function readW3cAnnotations(items: readonly unknown[], base: string, nowMs: number): ImportCandidates {
  const out = emptyCandidates();
  items.forEach((raw, i) => {
    const parsed = W3cAnnotationSchema.safeParse(raw);
    if (parsed.success) addDraft(out, draftFromW3c(parsed.data), `${base}[${i}]`, nowMs);
    else out.rejected.push(rejectionOf(`${base}[${i}]`, parsed.error));
  });
  return out;
}
