/**
 * `npm run eval` refuses a path of the wrong kind with a clear error as its last line (one JSON
 * object, the contract), instead of failing deep inside a reader.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function evalCli(...args: string[]): { status: number | null; last: { error?: string } } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/tools/eval.ts', ...args], {
    encoding: 'utf8',
  });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, last: JSON.parse(lines[lines.length - 1]!) as { error?: string } };
}

describe('npm run eval, wrong kind of path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-eval-'));
  writeFileSync(join(dir, 'sentences.jsonl'), '{}\n');

  it("a folder where a task reads one file: says so and lists the folder's .jsonl files", () => {
    const { status, last } = evalCli('claims', dir);
    expect(status).toBe(2);
    expect(last.error).toContain('reads one .jsonl file');
    expect(last.error).toContain('sentences.jsonl');
  });

  it('a file where a task reads a folder', () => {
    const { status, last } = evalCli('detect', join(dir, 'sentences.jsonl'));
    expect(status).toBe(2);
    expect(last.error).toContain('reads a folder');
  });
}, 60_000);
