/**
 * Cheap shape checks for records the library reads back from its own database, where the full zod
 * schemas (checked on every write) would cost the library page its startup time: zod is loaded
 * only when the reader imports, exports or edits. A record failing a check is skipped, never shown.
 */
import type { Clipping, Note, PageRecord } from '../storage/records';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const areStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** Whether `v` has every field the library reads from a clipping. */
export function isClippingLike(v: unknown): v is Clipping {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.pageKey) &&
    isString(v.pageUrl) &&
    (v.canonicalUrl === null || isString(v.canonicalUrl)) &&
    isString(v.title) &&
    isString(v.publisherDomain) &&
    (v.publisherName === null || isString(v.publisherName)) &&
    isObject(v.quote) &&
    isString(v.quote.exact) &&
    isString(v.quote.prefix) &&
    isString(v.quote.suffix) &&
    isString(v.note) &&
    areStrings(v.tags) &&
    isTime(v.createdAtMs) &&
    isTime(v.updatedAtMs)
  );
}

/** Whether `v` has every field the library reads from a page note. */
export function isNoteLike(v: unknown): v is Note {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.pageKey) &&
    isString(v.text) &&
    isTime(v.createdAtMs) &&
    isTime(v.updatedAtMs)
  );
}

/** Whether `v` has every field the library reads from a stored article. */
export function isPageRecordLike(v: unknown): v is PageRecord {
  if (!isObject(v) || !isString(v.pageKey) || !isString(v.publisherDomain) || !isObject(v.context))
    return false;
  const { url, publisher, organizations, article } = v.context;
  return (
    isString(url) &&
    isObject(publisher) &&
    (publisher.name === null || publisher.name === undefined || isString(publisher.name)) &&
    Array.isArray(organizations) &&
    organizations.every((o) => isObject(o) && isString(o.name) && areStrings(o.aliases)) &&
    (article === null || (isObject(article) && isString(article.title)))
  );
}
