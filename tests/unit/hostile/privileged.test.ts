/**
 * Issue 11, test 6 (unit half): privileged actions asked for by a content script. A content
 * script runs in a page the reader does not control, so it may only report its own page and ask
 * what to draw; every command of our extension pages (notes, clippings, settings, publisher
 * edits, and whatever the library does: export, import, delete all) is refused, and nothing
 * changes. (tests/e2e/attack-external.spec.ts checks a web page cannot message us at all.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ContentMessageSchema, UiMessageSchema } from '../../../lib/messages/contract';
import { VALID_MESSAGES } from './message-arbitrary';
import { CONTENT, createHarness, expectRefusal, POPUP, type Harness } from './router-harness';

const uiTypes = UiMessageSchema.options.map((option) => option.shape.type.value);
const contentTypes = ContentMessageSchema.options.map((option) => option.shape.type.value);
const commands = VALID_MESSAGES.filter((m) => uiTypes.includes(m.type as (typeof uiTypes)[number]));
/** What the library does in its own page; must not exist as messages a content script can send. */
const libraryActions = ['exportLibrary', 'importLibrary', 'deleteAll', 'deleteAllData', 'clearDatabase'].map(
  (type) => ({ type, format: 'json', confirm: true, data: '{}' }),
);

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

describe('privileged commands from a content script', () => {
  it('every command of the contract has a valid example here (a new one must be added)', () => {
    expect(commands.map((m) => m.type).sort()).toEqual([...uiTypes].sort());
    for (const m of commands) expect(UiMessageSchema.safeParse(m).success, String(m.type)).toBe(true);
    for (const m of VALID_MESSAGES.filter((v) => !commands.includes(v)))
      expect(ContentMessageSchema.safeParse(m).success, String(m.type)).toBe(true);
  });

  it('no command name is also a content event (the sender alone decides who may run it)', () => {
    expect(uiTypes.filter((t) => (contentTypes as string[]).includes(t))).toEqual([]);
  });

  it.each(commands.map((m) => [m.type, m] as const))('%s: refused, nothing changes', async (_t, m) => {
    const before = await h.dump();
    expectRefusal(await h.send(m, CONTENT));
    expect(await h.dump()).toBe(before);
  });

  it.each(libraryActions.map((m) => [m.type, m] as const))('%s: no such message', async (_t, m) => {
    const before = await h.dump();
    expectRefusal(await h.send(m, CONTENT));
    expectRefusal(await h.send(m, POPUP));
    expect(await h.dump()).toBe(before);
  });

  it('the same commands from our own page are accepted (the refusal is about the sender)', async () => {
    expect(await h.send({ type: 'deleteNote', id: 'id-1' }, POPUP)).toMatchObject({ ok: true });
    expect(await h.db.count('notes')).toBe(0);
  });
});
