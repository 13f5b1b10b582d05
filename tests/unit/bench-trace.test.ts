import { describe, expect, it } from 'vitest';
import { extensionScriptTime } from '../tools/bench/measure';

const EXT = 'chrome-extension://abcdefghijklmnop';
const FRAME = 'F1';
const PAGE = { pid: 10, tid: 1 };
const WORKER = { pid: 20, tid: 7 };

const ev = (
  where: { pid: number; tid: number },
  ts: number,
  dur: number,
  tdur: number,
  args: unknown,
  ph = 'X',
) => ({ ...where, ph, ts, dur, tdur, args });

describe('extensionScriptTime (npm run bench)', () => {
  const parse = ev(PAGE, 0, 5_000, 5_000, { beginData: { frame: FRAME, url: 'http://127.0.0.1/x' } });

  it("adds the outermost events of the extension's scripts on the page's thread, wall and CPU", () => {
    const events = [
      parse,
      ev(PAGE, 10_000, 3_000, 2_000, { data: { url: `${EXT}/detector.js`, frame: FRAME } }),
      // Nested inside the one above: not counted twice.
      ev(PAGE, 10_100, 900, 800, { data: { url: `${EXT}/detector.js` } }),
      // A later callback of the same script.
      ev(PAGE, 20_000, 500, 400, { data: { url: `${EXT}/detector.js`, frame: FRAME } }),
    ];
    expect(extensionScriptTime(events, EXT, FRAME)).toEqual({ wallMs: 3.5, cpuMs: 2.4 });
  });

  it("leaves out the page's own scripts, other threads naming the extension, and instant events", () => {
    const events = [
      parse,
      ev(PAGE, 10_000, 3_000, 2_000, { data: { url: 'http://127.0.0.1/app.js', frame: FRAME } }),
      ev(WORKER, 10_000, 9_000, 9_000, { data: { url: `${EXT}/background.js` } }),
      ev(PAGE, 30_000, 0, 0, { data: { url: `${EXT}/detector.js` } }, 'I'),
      ev(PAGE, 40_000, 1_000, 1_000, { data: { url: `${EXT}/detector.js` } }),
    ];
    expect(extensionScriptTime(events, EXT, FRAME)).toEqual({ wallMs: 1, cpuMs: 1 });
  });

  it('counts nothing when the page frame is not in the trace', () => {
    const events = [ev(PAGE, 10_000, 3_000, 2_000, { data: { url: `${EXT}/detector.js` } })];
    expect(extensionScriptTime(events, EXT, FRAME)).toEqual({ wallMs: 0, cpuMs: 0 });
  });
});
