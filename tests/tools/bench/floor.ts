/**
 * The floor under the non-article figure: the same pages, in the same kind of browser, with the
 * always-on detector replaced by a content script that only reads `document.body` — the least any
 * detector that looks at the page must do (V8 and Blink set up the isolated world and its first
 * element wrapper on that read). What the real detector measures above this floor is its own work;
 * what the floor measures above zero is the machine (its wall time: the OS running the browser's
 * other threads and the bench on the same cores).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from '../../e2e/fixtures';
import { measureVisit, type Visit } from './measure';

export const FLOOR_SCRIPT = 'void document.body;\n';

/** Visits `paths` `reps` times with the floor build; nothing is stored, so nothing is awaited. */
export async function measureFloor(
  origin: string,
  paths: string[],
  reps: number,
  args: string[],
): Promise<Visit[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-floor-'));
  const build = join(dir, 'extension');
  const profile = join(dir, 'profile');
  cpSync(EXTENSION_DIR, build, { recursive: true });
  writeFileSync(join(build, 'detector.js'), FLOOR_SCRIPT);
  const context = await launchWithExtension(profile, args, build);
  const visits: Visit[] = [];
  try {
    const worker = await serviceWorkerOf(context);
    for (let rep = 0; rep < reps; rep++)
      for (const path of paths) {
        const { visit, page } = await measureVisit(context, worker, origin, path, false, false);
        visits.push(visit);
        await page.close();
      }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return visits;
}
