/**
 * One pass over the page's `<meta>` tags into a lookup by lower-cased key (`property`, each
 * word of a space-separated `property`, `name` and `itemprop`), keeping every value in document
 * order, so each metadata field can ask for its keys in its own order of preference.
 * Pinned by tests/unit/article/metadata.test.ts.
 */

/** The page's meta values by lower-cased key. */
export type MetaTags = Map<string, string[]>;

const MAX_METAS = 1_000;
const MAX_VALUE = 10_000;

/** Reads every `<meta>` with a non-empty `content` (at most 1,000). */
export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < MAX_METAS; i++) {
    const meta = metas[i]!;
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = new Set<string>();
    for (const attr of ['property', 'name', 'itemprop']) {
      const raw = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!raw) continue;
      keys.add(raw);
      if (attr === 'property' && raw.includes(' ')) raw.split(/\s+/).forEach((k) => keys.add(k));
    }
    for (const key of keys) {
      const list = tags.get(key) ?? [];
      list.push(content.slice(0, MAX_VALUE));
      tags.set(key, list);
    }
  }
  return tags;
}

/** The first value among `keys`, in their order, with the key it came from. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): { value: string; key: string } | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return { value, key };
  }
  return null;
}

/** Every value of every key in `keys`, de-duplicated, in key order. */
export function allMeta(tags: MetaTags, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) for (const value of tags.get(key) ?? []) if (!out.includes(value)) out.push(value);
  return out;
}
