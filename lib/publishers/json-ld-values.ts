/**
 * Field-by-field validation of JSON-LD values with zod: each value is checked on its own, and a
 * value of the wrong shape is dropped without taking its neighbours with it. Only http(s) URLs
 * survive (`javascript:` and `data:` are dropped by `toHttpUrl`).
 */
import { z } from '../models/zod';
import { isNode, readKey, type JsonLdNode } from './json-ld-nodes';
import { MAX_URL_LENGTH, toHttpUrl } from './safe-url';

const TextSchema = z
  .string()
  .max(2_000)
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1).max(300));
const ValueObjectSchema = z.object({ '@value': TextSchema });
const urlText = z.string().max(MAX_URL_LENGTH);
const UrlRefSchema = z.union([
  urlText,
  z.object({
    url: urlText.optional().catch(undefined),
    contentUrl: urlText.optional().catch(undefined),
    '@id': urlText.optional().catch(undefined),
  }),
]);
const TypeSchema = z.string().max(200);

/** A value, or each item of an array value (at most `max`). */
export function listOf(value: unknown, max: number): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.slice(0, max) : [value];
}

/** The first usable text of a value (string, `{"@value": ...}`, or an array of those). */
export function readText(value: unknown): string | null {
  for (const item of listOf(value, 10)) {
    const text = TextSchema.safeParse(item);
    if (text.success) return text.data;
    const wrapped = ValueObjectSchema.safeParse(item);
    if (wrapped.success) return wrapped.data['@value'];
  }
  return null;
}

/** Schema.org type names of a node, without a `schema:` or `https://schema.org/` prefix. */
export function readTypes(node: JsonLdNode): string[] {
  const types: string[] = [];
  for (const item of listOf(readKey(node, '@type'), 20)) {
    const type = TypeSchema.safeParse(item);
    if (type.success) types.push(type.data.replace(/^.*[/:#]/, ''));
  }
  return types;
}

/** http(s) URLs of a value: strings, `{url}`, `{contentUrl}` or `{@id}` objects, or arrays of them. */
export function readUrls(value: unknown, base: string, max: number): string[] {
  const urls: string[] = [];
  for (const item of listOf(value, max * 4)) {
    if (urls.length >= max) break;
    const ref = UrlRefSchema.safeParse(item);
    if (!ref.success) continue;
    const raw =
      typeof ref.data === 'string' ? ref.data : (ref.data.url ?? ref.data.contentUrl ?? ref.data['@id']);
    const url = toHttpUrl(raw, base);
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** The `@id` of a node or reference, when it has one. */
export function readId(value: unknown): string | null {
  if (!isNode(value)) return null;
  const id = readKey(value, '@id');
  return typeof id === 'string' && id.length <= MAX_URL_LENGTH ? id : null;
}
