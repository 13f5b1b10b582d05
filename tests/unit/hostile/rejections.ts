/**
 * Collects unhandled promise rejections for the length of a test instead of failing the run at
 * once (tests/unit/setup.ts turns them into errors), so a test can assert there were none.
 */

/** Starts collecting; `stop()` puts the previous listeners back and returns what was collected. */
export function collectUnhandledRejections(): { stop: () => Promise<unknown[]> } {
  const saved = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  const seen: unknown[] = [];
  const collect = (reason: unknown): void => void seen.push(reason);
  process.on('unhandledRejection', collect);
  return {
    async stop() {
      // Node reports a rejection left unhandled once the microtask queue is empty: let it.
      await new Promise((resolve) => setTimeout(resolve, 20));
      process.off('unhandledRejection', collect);
      for (const listener of saved) process.on('unhandledRejection', listener);
      return seen;
    },
  };
}
