/**
 * Drawing passages in the page: clippings (yellow), organization mentions (blue) and a located
 * claim (a brief outline). Styles are inline and `!important`, which outranks any page stylesheet,
 * so hostile page CSS can neither hide nor restyle them. Text stays the page's own text nodes.
 */
import {
  unwrapHighlights,
  wrapRange,
  wrapSpans,
  type BoundaryPoints,
  type TextIndex,
} from '../anchoring/index';

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

/** Each kind's declarations as one inline style text: one style parse per element, not twelve. */
const STYLE_TEXT = Object.fromEntries(
  Object.entries(STYLES).map(([kind, own]) => [
    kind,
    Object.entries({ ...COMMON, ...own })
      .map(([name, value]) => `${name}: ${value} !important`)
      .join('; '),
  ]),
) as Record<HighlightKind, string>;

function styleMarks(marks: HTMLElement[], kind: HighlightKind): HTMLElement[] {
  for (const mark of marks) mark.style.cssText = STYLE_TEXT[kind];
  return marks;
}

/** Wraps the passage in highlight elements styled for `kind`; returns them (empty if not drawable). */
export function drawHighlight(
  doc: Document,
  points: BoundaryPoints,
  id: string,
  kind: HighlightKind,
): HTMLElement[] {
  return styleMarks(wrapRange(doc, points, { id }), kind);
}

/**
 * Draws many passages of `index.text` at once (one pass over the index built for finding them);
 * returns each passage's elements, in the order given (empty for one not drawable).
 */
export function drawHighlights(
  doc: Document,
  index: TextIndex,
  spans: readonly { start: number; end: number; id: string }[],
  kind: HighlightKind,
): HTMLElement[][] {
  return wrapSpans(doc, index, spans).map((marks) => styleMarks(marks, kind));
}

/** Removes the highlights with `id`, or with any id of a list (all of ours when omitted). */
export function clearHighlights(doc: Document, id?: string | readonly string[]): void {
  if (doc.body) unwrapHighlights(doc.body, id);
}
