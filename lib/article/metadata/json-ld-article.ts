/**
 * The page's JSON-LD article entity (the first node typed as an article, else a WebPage-like
 * node with a headline) and typed readers for the fields metadata needs. Every value is checked
 * before use: JSON-LD is page-authored and often malformed.
 * Pinned by tests/unit/article/metadata.test.ts.
 */
import { ARTICLE_TYPES } from '../detection/declared-type';
import { isNode, readJsonLd, readKey, typesOf, type JsonLdNode } from '../json-ld';

/** The article entity, the publisher entity it names, and all entities (for @id lookups). */
export interface JsonLdArticle {
  node: JsonLdNode;
  types: string[];
}

/** Posting types that carry article metadata though detection does not count them as news. */
const POSTING_TYPES = new Set([
  'socialmediaposting',
  'discussionforumposting',
  'advertisercontentarticle',
  'medicalscholarlyarticle',
  'apireference',
]);

/** Finds the article entity among the page's JSON-LD entities, or null. */
export function findJsonLdArticle(doc: Document): JsonLdArticle | null {
  const nodes = readJsonLd(doc);
  const article =
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ??
    nodes.find((n) => typesOf(n).some((t) => POSTING_TYPES.has(t)));
  if (article) return { node: article, types: typesOf(article) };
  const page = nodes.find(
    (n) => typesOf(n).some((t) => t.endsWith('page')) && typeof readKey(n, 'headline') === 'string',
  );
  return page ? { node: page, types: typesOf(page) } : null;
}

/** A trimmed string field, or null. */
export function readText(node: JsonLdNode, key: string): string | null {
  const value = readKey(node, key);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Names of a Person/Organization field that may be a string, an object or an array of either. */
export function readNames(node: JsonLdNode, key: string, max = 20): string[] {
  const raw = readKey(node, key);
  const out: string[] = [];
  for (const item of (Array.isArray(raw) ? raw : [raw]).slice(0, max)) {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (isNode(item)) {
      const name = readText(item, 'name');
      if (name) out.push(name);
    }
  }
  return out;
}

/** Strings of a field that may be a string, a comma list, or an array. */
export function readList(node: JsonLdNode, key: string, max = 100): string[] {
  const raw = readKey(node, key);
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  return items
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, max);
}

/** URL of an image field: a string, an ImageObject (`url`), or the first of an array. */
export function readImageUrl(node: JsonLdNode): string | null {
  let raw = readKey(node, 'image');
  if (Array.isArray(raw)) raw = raw[0];
  if (typeof raw === 'string') return raw;
  return isNode(raw) ? readText(raw, 'url') : null;
}
