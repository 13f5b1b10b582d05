/**
 * Issue 11, test 5: fuzzed messages to the background router, from a content script (page-derived,
 * hostile) and from our own extension pages. Every one is refused with a typed
 * `{ ok: false, error: string }`, nothing stored changes (a dump of every store, the settings,
 * tab states and tab messages is compared), Object.prototype stays clean, and the router still
 * answers a valid message afterwards.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../../../lib/background/deps';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, fuzzRuns } from './fuzz-config';
import { invalidMessage } from './message-arbitrary';
import { ARTICLE_URL, CONTENT, createHarness, expectRefusal, POPUP, type Harness } from './router-harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function fuzzFrom(sender: Sender): Promise<void> {
  const before = await h.dump();
  await fc.assert(
    fc.asyncProperty(invalidMessage, async (raw) => {
      expectRefusal(await h.send(raw, sender));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }),
    { numRuns: fuzzRuns(1_000), seed: FUZZ_SEED },
  );
  expect(await h.dump()).toBe(before);
}

describe('fuzzed messages to the router', () => {
  it(
    'from a content script: all refused, nothing changes, valid messages still work',
    async () => {
      await fuzzFrom(CONTENT);
      const answer = await h.send({ type: 'getPageClippings', url: ARTICLE_URL }, CONTENT);
      expect(answer).toMatchObject({ ok: true, value: { clippings: [{ id: 'id-2' }] } });
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'from an extension page: all refused, nothing changes, valid messages still work',
    async () => {
      await fuzzFrom(POPUP);
      const saved = await h.send({ type: 'saveNote', pageKey: ARTICLE_URL, text: 'after' }, POPUP);
      expect(saved).toMatchObject({ ok: true, value: { text: 'after' } });
      expect(await h.db.count('notes')).toBe(2);
    },
    FUZZ_TIMEOUT_MS,
  );

  it('from a sender that is neither: refused', async () => {
    const before = await h.dump();
    const strangers: Sender[] = [{}, { url: 'https://evil.example/' }, { tab: { id: -1 } }];
    strangers.push({ url: 'chrome-extension://otherextension/popup.html' });
    for (const sender of strangers) {
      expectRefusal(await h.send({ type: 'saveNote', pageKey: ARTICLE_URL, text: 'x' }, sender));
      expectRefusal(await h.send({ type: 'getPageClippings', url: ARTICLE_URL }, sender));
    }
    expect(await h.dump()).toBe(before);
  });

  it('a valid command carrying `__proto__` keys pollutes nothing and stores no extra field', async () => {
    const raw = JSON.parse(
      `{"type":"saveNote","pageKey":"${ARTICLE_URL}","text":"p","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}`,
    ) as unknown;
    const saved = await h.send(raw, POPUP);
    expect(saved.ok).toBe(true);
    const stored = await h.db.get('notes', (saved as { value: { id: string } }).value.id);
    expect(Object.keys(stored ?? {}).sort()).toEqual(['createdAtMs', 'id', 'pageKey', 'text', 'updatedAtMs']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const settings = JSON.parse(
      '{"type":"saveSettings","settings":{"__proto__":{"badge":true,"polluted":1}}}',
    );
    expect(await h.send(settings, POPUP)).toMatchObject({ ok: true, value: { badge: true } });
    expect(Object.keys((await h.deps.getSettings()) as object)).not.toContain('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
