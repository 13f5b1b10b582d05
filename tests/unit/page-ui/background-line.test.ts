import { describe, expect, it } from 'vitest';
import {
  createBackgroundLine,
  explainLineFailure,
  LINE_LOST,
  NO_ANSWER,
  ORPHANED,
  PAGE_UI_PORT,
  type MessagingRuntime,
  type PortLike,
} from '../../../lib/page-ui/background-line';

/** A fake runtime: one-off messages answered `one-off:<type>`, ports recorded with what they got. */
function fakeRuntime(options: { failPost?: boolean } = {}) {
  const ports: {
    name: string;
    posted: unknown[];
    disconnected: boolean;
    answer: (message: unknown) => void;
    drop: () => void;
  }[] = [];
  const oneOff: unknown[] = [];
  const runtime: MessagingRuntime = {
    sendMessage: async (message) => {
      oneOff.push(message);
      return `one-off:${(message as { type: string }).type}`;
    },
    connect: ({ name }) => {
      const onMessage: ((m: unknown) => void)[] = [];
      const onDisconnect: (() => void)[] = [];
      const record = {
        name,
        posted: [] as unknown[],
        disconnected: false,
        answer: (m: unknown) => onMessage.forEach((cb) => cb(m)),
        drop: () => onDisconnect.forEach((cb) => cb()),
      };
      ports.push(record);
      const port: PortLike = {
        postMessage: (m) => {
          if (options.failPost || record.disconnected)
            throw new Error('Attempting to use a disconnected port');
          record.posted.push(m);
        },
        disconnect: () => void (record.disconnected = true),
        onMessage: { addListener: (cb) => void onMessage.push(cb) },
        onDisconnect: { addListener: (cb) => void onDisconnect.push(cb) },
      };
      return port;
    },
  };
  return { runtime, ports, oneOff };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the in-page UI line to the background', () => {
  it('sends one-off messages until the port is opened', async () => {
    const { runtime, ports, oneOff } = fakeRuntime();
    const line = createBackgroundLine(runtime, () => 'https://example.com/a');
    expect(await line.request({ type: 'getPageClippings' })).toBe('one-off:getPageClippings');
    expect(ports).toHaveLength(0);
    expect(oneOff).toHaveLength(1);
  });

  it('over an open port, each answer reaches the request with its number, in any order', async () => {
    const { runtime, ports, oneOff } = fakeRuntime();
    const line = createBackgroundLine(runtime, () => 'https://example.com/a');
    line.open();
    line.open(); // opening again on the same address keeps the port
    expect(ports.map((p) => p.name)).toEqual([PAGE_UI_PORT]);
    const first = line.request({ type: 'saveClipping' });
    const second = line.request({ type: 'getPageClippings' });
    const [a, b] = ports[0]!.posted as { id: number; message: unknown }[];
    expect(a!.message).toEqual({ type: 'saveClipping' });
    ports[0]!.answer({ id: b!.id, answer: 'second' });
    ports[0]!.answer({ id: a!.id, answer: 'first' });
    ports[0]!.answer({ id: 999, answer: 'stray' }); // no such request: ignored
    ports[0]!.answer('garbage');
    expect(await first).toBe('first');
    expect(await second).toBe('second');
    expect(oneOff).toHaveLength(0);
  });

  it('a port opened on another address is not used: the page navigated (single-page app)', async () => {
    let href = 'https://example.com/a';
    const { runtime, ports, oneOff } = fakeRuntime();
    const line = createBackgroundLine(runtime, () => href);
    line.open();
    href = 'https://example.com/b';
    expect(await line.request({ type: 'saveClipping' })).toBe('one-off:saveClipping');
    expect(oneOff).toHaveLength(1);
    line.open(); // reopens for the new address, closing the old port
    expect(ports).toHaveLength(2);
    expect(ports[0]!.disconnected).toBe(true);
    const answer = line.request({ type: 'saveClipping' });
    ports[1]!.answer({ id: (ports[1]!.posted[0] as { id: number }).id, answer: 'over the port' });
    expect(await answer).toBe('over the port');
  });

  it('a port closed by the other side fails what waits on it, clearly, and is not used again', async () => {
    const { runtime, ports } = fakeRuntime();
    const line = createBackgroundLine(runtime, () => 'https://example.com/a');
    line.open();
    const waiting = line.request({ type: 'saveClipping' });
    ports[0]!.drop(); // the service worker stopped, or the extension was updated
    await expect(waiting).rejects.toThrow(LINE_LOST);
    expect(await line.request({ type: 'saveClipping' })).toBe('one-off:saveClipping');
  });

  it('a port that cannot post falls back to a one-off message (nothing was sent twice)', async () => {
    const { runtime, ports, oneOff } = fakeRuntime({ failPost: true });
    const line = createBackgroundLine(runtime, () => 'https://example.com/a');
    line.open();
    expect(await line.request({ type: 'saveClipping' })).toBe('one-off:saveClipping');
    expect(ports[0]!.posted).toHaveLength(0);
    expect(oneOff).toHaveLength(1);
  });

  it('closing waits for the answers still due, then disconnects', async () => {
    const { runtime, ports } = fakeRuntime();
    const line = createBackgroundLine(runtime, () => 'https://example.com/a');
    line.open();
    const waiting = line.request({ type: 'saveClipping' });
    line.close();
    expect(ports[0]!.disconnected).toBe(false);
    ports[0]!.answer({ id: (ports[0]!.posted[0] as { id: number }).id, answer: 'stored' });
    expect(await waiting).toBe('stored');
    await flush();
    expect(ports[0]!.disconnected).toBe(true);
  });

  it('without a port API (or orphaned by an update), everything goes one-off', async () => {
    const { runtime, oneOff } = fakeRuntime();
    const line = createBackgroundLine(
      {
        sendMessage: runtime.sendMessage,
        connect: () => {
          throw new Error('Extension context invalidated.');
        },
      },
      () => 'https://example.com/a',
    );
    line.open();
    expect(await line.request({ type: 'saveClipping' })).toBe('one-off:saveClipping');
    expect(oneOff).toHaveLength(1);
  });
});

describe('an orphaned runtime (the extension was updated or reloaded under the page)', () => {
  it('a one-off message that throws at the call comes back as a rejection, with and without a port', async () => {
    const invalidated = (): Promise<unknown> => {
      throw new Error('Extension context invalidated.');
    };
    const noPort = createBackgroundLine({ sendMessage: invalidated }, () => 'https://example.com/a');
    await expect(noPort.request({ type: 'saveClipping' })).rejects.toThrow('Extension context invalidated.');

    const { runtime, ports } = fakeRuntime();
    const line = createBackgroundLine(
      { ...runtime, sendMessage: invalidated },
      () => 'https://example.com/a',
    );
    line.open();
    ports[0]!.drop();
    await expect(line.request({ type: 'saveClipping' })).rejects.toThrow('Extension context invalidated.');
  });
});

describe('explainLineFailure', () => {
  it('tells the reader to reload when an update or restart orphaned the page script', () => {
    expect(explainLineFailure(new Error('Extension context invalidated.'), true).message).toBe(ORPHANED);
    expect(explainLineFailure(new Error(LINE_LOST), false).message).toBe(ORPHANED);
  });

  it('says the background did not answer instead of the browser wording', () => {
    const error = new Error('Could not establish connection. Receiving end does not exist.');
    expect(explainLineFailure(error, true).message).toBe(NO_ANSWER);
  });

  it('keeps any other error as it is (the background reasons are already written for readers)', () => {
    const error = new Error('This article is no longer stored.');
    expect(explainLineFailure(error, true)).toBe(error);
    expect(explainLineFailure('plain', true).message).toBe('plain');
  });
});
