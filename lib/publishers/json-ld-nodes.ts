/**
 * Bounded reading of a page's JSON-LD: every `<script type="application/ld+json">` is parsed on
 * its own (one broken block does not hide the others) and walked breadth-first with caps on
 * script size, depth and node count, because pages can ship megabytes or thousands of levels.
 * Values stay `unknown`; callers validate each field they use (see json-ld-publisher.ts).
 */

/** A JSON-LD object as found: an own-keys record, not yet validated. */
export type JsonLdNode = Record<string, unknown>;

export const JSON_LD_LIMITS = {
  scripts: 20,
  scriptChars: 1_000_000,
  /** Arrays count as a level: `[{"@graph": [{"publisher": {"logo": {...}}}]}]` is depth 5. */
  depth: 8,
  nodes: 2_000,
  /** Values queued for the next level, so wide objects cannot grow the queue without bound. */
  queue: 10_000,
} as const;

/** True for plain objects (not arrays, not null). */
export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property of a node, ignoring anything inherited (`__proto__`, `constructor`). */
export function readKey(node: JsonLdNode, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

function parseScripts(doc: Document): unknown[] {
  const roots: unknown[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const count = Math.min(scripts.length, JSON_LD_LIMITS.scripts);
  for (let i = 0; i < count; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (!text.trim() || text.length > JSON_LD_LIMITS.scriptChars) continue;
    try {
      roots.push(JSON.parse(text));
    } catch {
      // A broken block is skipped; the others still count.
    }
  }
  return roots;
}

/**
 * Every object in the page's JSON-LD up to `JSON_LD_LIMITS.depth`, in breadth-first order
 * (top-level and `@graph` items first), at most `JSON_LD_LIMITS.nodes`.
 */
export function collectJsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  let level: unknown[] = parseScripts(doc);
  for (let depth = 0; depth <= JSON_LD_LIMITS.depth && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (nodes.length >= JSON_LD_LIMITS.nodes) return nodes;
      const children = Array.isArray(value) ? value : isNode(value) ? Object.values(value) : [];
      if (isNode(value)) nodes.push(value);
      for (const child of children) {
        if (next.length >= JSON_LD_LIMITS.queue) break;
        if (typeof child === 'object' && child !== null) next.push(child);
      }
    }
    level = next;
  }
  return nodes;
}
