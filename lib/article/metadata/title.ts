/**
 * The article's headline: JSON-LD headline (or its `name`, when only that matches the visible
 * title), Dublin Core / og / twitter / parsely titles, then the document title, then the page's
 * `<h1>`, with site and author affixes cut off (title-affixes.ts).
 * Pinned by tests/unit/article/title.test.ts.
 */
import { firstMeta, type MetaTags } from './meta-tags';
import { stripTitleAffixes, type TitleResult } from './title-affixes';

const TITLE_KEYS = [
  'dc:title',
  'dcterm:title',
  'dcterms:title',
  'dc.title',
  'dcterms.title',
  'og:title',
  'twitter:title',
  'parsely-title',
  'title',
];

/** Share of `b`'s words that `a` also has (Readability's title similarity, on words). */
function similarity(a: string, b: string): number {
  const words = (t: string): string[] =>
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const known = new Set(words(a));
  const other = words(b);
  return other.length ? other.filter((w) => known.has(w)).length / other.length : 0;
}

/**
 * JSON-LD `headline`, or `name` when only the name matches the page's visible title (some
 * pages put a description in `headline`, others the site name in `name`).
 */
export function pickJsonLdHeadline(
  headline: string | null,
  name: string | null,
  visible: string,
): string | null {
  if (!headline || !name || headline === name) return headline ?? name;
  return similarity(visible, name) > similarity(visible, headline) ? name : headline;
}

/** The headline of the page, its source, and the affixes cut from it. */
export function readTitle(
  doc: Document,
  meta: MetaTags,
  jsonLdHeadline: string | null,
  names: readonly string[],
): TitleResult {
  const h1s = doc.getElementsByTagName('h1');
  const h1 = h1s.length >= 1 && h1s.length <= 2 ? (h1s[0]!.textContent ?? '').trim() || null : null;
  const fromMeta = firstMeta(meta, TITLE_KEYS);
  const docTitle = (doc.title ?? '').trim() || null;
  const [raw, source] = jsonLdHeadline
    ? [jsonLdHeadline, 'json-ld']
    : fromMeta
      ? [fromMeta.value, fromMeta.key]
      : docTitle
        ? [docTitle, 'document-title']
        : h1
          ? [h1, 'h1']
          : [null, null];
  if (!raw) return { title: null, source: null, removed: [] };
  const result = stripTitleAffixes(raw, names, h1);
  return { ...result, source: result.title === raw ? source : `${source}-trimmed` };
}
