/**
 * Invalid runtime messages (issue 11, test 5): anything at all, and every valid message of the
 * contract broken in one way that no schema accepts (wrong type tag, a field of the wrong type, a
 * 10 MB string, a million-element array), often with `__proto__` / `constructor` keys as JSON
 * parsing makes them (own properties). Every one must be refused.
 */
import fc from 'fast-check';
import { ARTICLE_URL } from './router-harness';

const TEN_MB = 'x'.repeat(10_000_000);
const HUGE_ARRAY: unknown[] = Array.from({ length: 1_000_000 }, (_, i) => i);
const note = { id: 'id-1', pageKey: ARTICLE_URL, text: 't', createdAtMs: 1, updatedAtMs: 1 };
const quote = { exact: 'Exiled Opposition', prefix: '', suffix: '' };
const clipping = {
  ...{ id: 'id-9', pageKey: ARTICLE_URL, pageUrl: ARTICLE_URL, canonicalUrl: null, title: 't' },
  ...{ publisherDomain: 'example.com', publisherName: null, quote, position: null, textHash: 'h' },
  ...{ note: '', tags: [], createdAtMs: 1, updatedAtMs: 1 },
};

/** One valid example of every message, content -> background first. */
export const VALID_MESSAGES: Record<string, unknown>[] = [
  { type: 'pageSerialized', url: ARTICLE_URL, html: '<p>x</p>' },
  { type: 'articleExtractionFailed', url: ARTICLE_URL, reason: 'r' },
  { type: 'getPageClippings', url: ARTICLE_URL },
  { type: 'saveClipping', url: ARTICLE_URL, selectors: { quote, position: null }, note: '', tags: [] },
  { type: 'getTabContext', tabId: 7 },
  { type: 'saveNote', pageKey: ARTICLE_URL, text: 'x', id: 'id-1' },
  { type: 'deleteNote', id: 'id-1' },
  { type: 'restoreNote', note },
  { type: 'retryExtraction', tabId: 7 },
  { type: 'getSettings' },
  { type: 'saveSettings', settings: { badge: true } },
  { type: 'updateClipping', id: 'id-2', note: 'x', tags: ['a'] },
  { type: 'deleteClipping', id: 'id-2', tabId: 7 },
  { type: 'restoreClipping', clipping, tabId: 7 },
  { type: 'reattachClipping', id: 'id-2', tabId: 7 },
  { type: 'locateInPage', tabId: 7, start: 0, end: 1 },
  { type: 'highlightMentionsInPage', tabId: 7, spans: [{ start: 0, end: 1 }] },
  { type: 'setPublisherText', domain: 'example.com', field: 'name', text: 'x' },
  { type: 'addAffiliation', domain: 'example.com', organization: 'NATO', sourceUrl: 'https://a.b/' },
  { type: 'removeAffiliation', domain: 'example.com', organization: 'NATO' },
];

/** Values no top-level field of any message accepts (each field is a string, number, object or array). */
const wrongValue = fc.constantFrom<unknown>(3.5, -1.5, Number.NaN, -Infinity, true, 12n, TEN_MB, HUGE_ARRAY);

const wrongTag = fc.oneof(
  fc.constantFrom<unknown>('__proto__', 'constructor', 'toString', 'SAVENOTE', ' saveNote', 'saveNote\0'),
  fc.constantFrom<unknown>(undefined, null, 0, ['saveNote'], { toString: 'saveNote' }, TEN_MB),
  fc.string({ maxLength: 30 }).filter((s) => !VALID_MESSAGES.some((m) => m.type === s)),
);

/** Adds `__proto__` and `constructor` as own keys, the way JSON.parse does. */
const withPrototypeKeys = (message: Record<string, unknown>): Record<string, unknown> =>
  Object.assign(
    JSON.parse('{"__proto__":{"polluted":1,"ok":true},"constructor":{"prototype":{"polluted":1}}}'),
    message,
  ) as Record<string, unknown>;

/** A valid message broken in exactly one way no schema accepts. */
const brokenMessage: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...VALID_MESSAGES), fc.nat(), wrongValue, wrongTag, fc.nat(3), fc.boolean())
  .map(([valid, pick, value, tag, how, protoKeys]) => {
    const fields = Object.keys(valid).filter((k) => k !== 'type');
    const message: Record<string, unknown> = { ...valid };
    if (how === 0 || fields.length === 0) message.type = tag;
    else if (how === 1) message[fields[pick % fields.length]!] = value;
    else if (how === 2) delete message.type;
    else return [message]; // an array is never a message
    return protoKeys ? withPrototypeKeys(message) : message;
  });

/** Anything that is not a valid message. */
export const invalidMessage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: brokenMessage },
  {
    weight: 1,
    arbitrary: fc.anything({ maxDepth: 4, withBigInt: true, withMap: true, withNullPrototype: true }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(TEN_MB, HUGE_ARRAY, Symbol('x'), () => 1, new Error('x')),
  },
);
