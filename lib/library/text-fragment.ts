/**
 * Links that open the source page scrolled to a clipping, with a URL text fragment
 * (`#:~:text=prefix-,start,end,-suffix`, https://wicg.github.io/scroll-to-text-fragment/).
 * Long quotes use their first and last words; only http(s) pages become links.
 */
import type { TextQuote } from '../storage/records';
import { toSafeHttpUrl } from '../urls';

const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The fragment directive for `quote` (without the leading `#`), or null for an empty quote. */
export function buildTextDirective(quote: TextQuote): string | null {
  const exact = words(quote.exact);
  if (exact.length === 0) return null;
  const parts: string[] = [];
  const prefix = words(quote.prefix).slice(-CONTEXT_WORDS).join(' ');
  if (prefix) parts.push(`${encodePart(prefix)}-`);
  if (exact.length > EDGE_WORDS * 2) {
    parts.push(
      encodePart(exact.slice(0, EDGE_WORDS).join(' ')),
      encodePart(exact.slice(-EDGE_WORDS).join(' ')),
    );
  } else parts.push(encodePart(exact.join(' ')));
  const suffix = words(quote.suffix).slice(0, CONTEXT_WORDS).join(' ');
  if (suffix) parts.push(`-${encodePart(suffix)}`);
  return `:~:text=${parts.join(',')}`;
}

/** `url` (http(s) only, else null) opened at `quote` when there is one. */
export function buildClippingLink(url: string | null | undefined, quote?: TextQuote | null): string | null {
  const safe = toSafeHttpUrl(url);
  if (!safe) return null;
  const base = safe.split('#')[0]!;
  const directive = quote ? buildTextDirective(quote) : null;
  return directive ? `${base}#${directive}` : base;
}
