/**
 * Drawing passages in the page: clippings (yellow), organization mentions (blue) and a located
 * claim (a brief outline). Styles are inline and `!important`, which outranks any page stylesheet,
 * so hostile page CSS can neither hide nor restyle them. Text stays the page's own text nodes.
 */
import { unwrapHighlights, wrapRange, type BoundaryPoints } from '../anchoring/index';

export type HighlightKind = 'clipping' | 'mention' | 'located';

const STYLES: Record<HighlightKind, Record<string, string>> = {
  clipping: {
    'background-color': 'rgba(255, 213, 0, 0.45)',
    'border-bottom': '2px solid rgba(204, 160, 0, 0.9)',
  },
  mention: {
    'background-color': 'rgba(80, 150, 255, 0.28)',
    'border-bottom': '1px dashed rgba(30, 90, 200, 0.9)',
  },
  located: { 'background-color': 'rgba(255, 140, 0, 0.35)', outline: '2px solid rgba(255, 120, 0, 0.9)' },
};

const COMMON: Record<string, string> = {
  display: 'inline',
  color: 'inherit',
  font: 'inherit',
  'text-decoration': 'inherit',
  margin: '0',
  padding: '0',
  visibility: 'visible',
  opacity: '1',
  position: 'static',
  'border-radius': '2px',
};

/** Wraps the passage in highlight elements styled for `kind`; returns them (empty if not drawable). */
export function drawHighlight(
  doc: Document,
  points: BoundaryPoints,
  id: string,
  kind: HighlightKind,
): HTMLElement[] {
  const marks = wrapRange(doc, points, { id });
  for (const mark of marks) {
    for (const [name, value] of Object.entries({ ...COMMON, ...STYLES[kind] })) {
      mark.style.setProperty(name, value, 'important');
    }
  }
  return marks;
}

/** Removes the highlights with `id` (all of ours when omitted), restoring the page's text nodes. */
export function clearHighlights(doc: Document, id?: string): void {
  if (doc.body) unwrapHighlights(doc.body, id);
}
