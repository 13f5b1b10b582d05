/**
 * Bounded reading of a page's JSON-LD for the article modules: each
 * `<script type="application/ld+json">` is parsed on its own (one broken block hides nothing else),
 * and only entities are returned: top-level objects, items of top-level arrays and of `@graph`,
 * and `mainEntity`/`mainEntityOfPage` objects. Sizes are capped because pages can ship megabytes.
 * Pinned by tests/unit/article/declared-type.test.ts.
 */

/** A JSON-LD object as found, not yet validated: callers check every value they read. */
export type JsonLdNode = Record<string, unknown>;

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_ENTITIES = 200;

/** True for plain objects (not arrays, not null). */
export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property of a node, never an inherited one (`__proto__`, `constructor`). */
export function readKey(node: JsonLdNode, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

/** Lower-cased `@type` names of a node, without a schema.org prefix (`NewsArticle` -> `newsarticle`). */
export function typesOf(node: JsonLdNode): string[] {
  const raw = readKey(node, '@type');
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const t of list.slice(0, 10)) {
    if (typeof t === 'string') out.push(stripSchemaOrg(t.toLowerCase()));
  }
  return out;
}

/** `https://schema.org/NewsArticle` → `newsarticle` (input already lower-cased). */
function stripSchemaOrg(type: string): string {
  for (const prefix of ['https://schema.org/', 'http://schema.org/'])
    if (type.startsWith(prefix)) return type.slice(prefix.length);
  return type;
}

/** The JSON inside the CDATA or comment markers some pages wrap it in for old XHTML parsers. */
export function unwrapMarkers(text: string): string {
  let json = text.trim();
  const open = ['<![CDATA[', '<!--'].find((marker) => json.startsWith(marker));
  if (open) json = json.slice(open.length);
  const close = [']]>', '-->'].find((marker) => json.endsWith(marker));
  return close ? json.slice(0, -close.length) : json;
}

function collectEntities(value: unknown, out: JsonLdNode[], depth: number): void {
  if (out.length >= MAX_ENTITIES || depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_ENTITIES)) collectEntities(item, out, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  out.push(value);
  collectEntities(readKey(value, '@graph'), out, depth + 1);
  for (const key of ['mainEntity', 'mainEntityOfPage']) {
    const inner = readKey(value, key);
    if (isNode(inner) && readKey(inner, '@type') !== undefined) collectEntities(inner, out, depth + 1);
  }
}

/** Entity objects declared by the page's JSON-LD blocks, in document order, at most 200. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const entities: JsonLdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (!text.trim() || text.length > MAX_SCRIPT_CHARS) continue;
    try {
      // Some pages wrap the JSON in CDATA markers (or HTML comments) for old XHTML parsers.
      const json = unwrapMarkers(text);
      collectEntities(JSON.parse(json) as unknown, entities, 0);
    } catch {
      // Malformed JSON-LD is common on real pages; that block simply says nothing.
    }
  }
  return entities;
}
