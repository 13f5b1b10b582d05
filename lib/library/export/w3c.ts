/**
 * W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/), the model
 * Hypothesis serves: one Annotation per clipping (TextQuoteSelector + TextPositionSelector on the
 * page, motivation `highlighting`, or `commenting` with a note) and per page note (the page
 * itself as target). Notes are TextualBody `commenting` bodies, tags `tagging` bodies. The file is
 * an AnnotationCollection whose first page holds every item.
 */
import type { Clipping, Note } from '../../storage/records';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our annotation ids: `urn:source-context:clipping:<id>`, read back on import. */
export const CLIPPING_URN = 'urn:source-context:clipping:';
export const NOTE_URN = 'urn:source-context:note:';

const iso = (ms: number): string => new Date(ms).toISOString();

function bodies(note: string, tags: readonly string[]): object[] {
  const out: object[] = [];
  if (note.trim())
    out.push({ type: 'TextualBody', value: note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of tags) out.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return out;
}

/** The Annotation of a clipping. Positions index the article text Source Context extracted. */
export function clippingToAnnotation(clipping: Clipping): Record<string, unknown> {
  const body = bodies(clipping.note, clipping.tags);
  const selector: object[] = [{ type: 'TextQuoteSelector', ...clipping.quote }];
  if (clipping.position) selector.push({ type: 'TextPositionSelector', ...clipping.position });
  return {
    '@context': ANNO_CONTEXT,
    id: CLIPPING_URN + clipping.id,
    type: 'Annotation',
    motivation: clipping.note.trim() ? 'commenting' : 'highlighting',
    created: iso(clipping.createdAtMs),
    modified: iso(clipping.updatedAtMs),
    ...(body.length ? { body } : {}),
    target: { source: clipping.pageUrl, selector },
  };
}

/** The Annotation of a page note (`url`: the article's URL, else its page key). */
export function noteToAnnotation(note: Note, url: string): Record<string, unknown> {
  return {
    '@context': ANNO_CONTEXT,
    id: NOTE_URN + note.id,
    type: 'Annotation',
    motivation: 'commenting',
    created: iso(note.createdAtMs),
    modified: iso(note.updatedAtMs),
    body: bodies(note.text, []),
    target: { source: url },
  };
}

/** The collection's opening, up to the first item. */
export function w3cHeader(exportedAtMs: number): string {
  const head = JSON.stringify({
    '@context': ANNO_CONTEXT,
    id: `urn:source-context:export:${exportedAtMs}`,
    type: 'AnnotationCollection',
    label: 'Source Context clippings and notes',
  });
  return `${head.slice(0, -1)},"first":{"type":"AnnotationPage","startIndex":0,"items":[\n`;
}

/** The collection's closing, with the number of items written. */
export function w3cFooter(total: number): string {
  return `\n]},"total":${total}}\n`;
}
