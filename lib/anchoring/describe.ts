/** Turns a selection in a text into stored selectors (W3C TextQuote + TextPosition). */
import { CONTEXT_CHARS, MAX_QUOTE_CHARS } from './limits';
import type { DescribedSelection } from './types';

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Moves a context cut off the middle of a surrogate pair, so stored context is valid text. */
function contextBefore(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

function contextAfter(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

/**
 * Describes `text.slice(start, end)` as a quote with up to 32 characters of context on each side,
 * plus its offsets. Throws RangeError for an empty or out-of-bounds selection, or one longer than
 * MAX_QUOTE_CHARS (the stored schema would reject it: callers check the length first).
 */
export function describeSelection(text: string, start: number, end: number): DescribedSelection {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`selection [${start}, ${end}) is not inside a text of ${text.length} characters`);
  }
  if (end - start > MAX_QUOTE_CHARS) {
    throw new RangeError(`selection of ${end - start} characters exceeds ${MAX_QUOTE_CHARS}`);
  }
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: contextBefore(text, start),
      suffix: contextAfter(text, end),
    },
    position: { start, end },
  };
}
