/**
 * A tiny sequential runner for one journey: each step runs only if every earlier step passed (a
 * journey cannot continue past a broken step), prints ✔/✘/- and its time, and the run ends with
 * `N passed, N failed, N skipped`.
 */
import assert from 'node:assert/strict';

export { assert };

interface Step {
  name: string;
  run: () => Promise<void>;
}

export class Journey {
  private readonly steps: Step[] = [];

  /** Adds a step; steps run in the order they were added. */
  step(name: string, run: () => Promise<void>): void {
    this.steps.push({ name, run });
  }

  /** Runs the steps; resolves with the number of failed ones. */
  async run(log: (line: string) => void): Promise<{ passed: number; failed: number; skipped: number }> {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const { name, run } of this.steps) {
      if (failed > 0) {
        skipped++;
        log(`  - ${name} (skipped: an earlier step failed)`);
        continue;
      }
      const started = Date.now();
      try {
        await run();
        passed++;
        log(`  ✔ ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        log(`  ✘ ${name} (${Date.now() - started} ms)`);
        log(`    ${String((error as Error)?.stack ?? error).replace(/\n/g, '\n    ')}`);
      }
    }
    return { passed, failed, skipped };
  }
}
