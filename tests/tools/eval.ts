/**
 * `npm run eval -- <task> <path> [options]`: scores lib/ against ../shared/corpus formats. Prints
 * a human table, then, as its last line, one JSON object of metrics (a contract other tools read).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { EvalResult } from './eval/types';

const TASKS: Record<
  string,
  {
    help: string;
    /** What the path must be: a folder of pages, or one .jsonl file. */
    reads: 'folder' | 'file';
    load: () => Promise<{ run: (path: string, args: string[]) => Promise<EvalResult> }>;
  }
> = {
  detect: {
    help: 'detect <dir with labels.jsonl and html/>  (article-vs-nonarticle)',
    reads: 'folder',
    load: () => import('./eval/detect'),
  },
  body: {
    help: 'body <dir with ground-truth.json and html/> [--predictions out.json]  (article-extraction-benchmark)',
    reads: 'folder',
    load: () => import('./eval/body'),
  },
  metadata: {
    help: 'metadata <dir of readability test pages>',
    reads: 'folder',
    load: () => import('./eval/metadata'),
  },
  orgs: { help: 'orgs <docs.jsonl>  (CoNLL++ ORG spans)', reads: 'file', load: () => import('./eval/orgs') },
  claims: {
    help: 'claims <file.jsonl>  (ClaimBuster NFS/UFS/CFS)',
    reads: 'file',
    load: () => import('./eval/claims'),
  },
};

function usage(reason: string): number {
  const lines = Object.values(TASKS).map((t) => `  npm run eval -- ${t.help}`);
  process.stderr.write(
    `${reason}\n\nusage:\n${lines.join('\n')}\n\nThe corpora live in ../shared/corpus (dev halves), e.g.\n` +
      `  npm run eval -- detect ../shared/corpus/article-vs-nonarticle-dev\n`,
  );
  process.stdout.write(JSON.stringify({ error: reason }) + '\n');
  return 2;
}

async function main(argv: string[]): Promise<number> {
  const [task, path, ...rest] = argv;
  if (!task || !(task in TASKS)) return usage(task ? `unknown task "${task}"` : 'no task given');
  if (!path) return usage(`task "${task}" needs a corpus path`);
  if (!existsSync(path)) return usage(`corpus path not found: ${path} (is ../shared beside this checkout?)`);
  const { reads, load } = TASKS[task]!;
  const isFolder = statSync(path).isDirectory();
  if (reads === 'file' && isFolder) {
    const files = readdirSync(path).filter((f) => f.endsWith('.jsonl'));
    const hint = files.length ? `; in it: ${files.join(', ')}` : '';
    return usage(`task "${task}" reads one .jsonl file, and ${path} is a folder${hint}`);
  }
  if (reads === 'folder' && !isFolder) return usage(`task "${task}" reads a folder, and ${path} is a file`);
  const mod = await load();
  const result = await mod.run(path, rest);
  process.stdout.write(result.table.trimEnd() + '\n');
  process.stdout.write(JSON.stringify(result.metrics) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`eval failed: ${(error as Error).stack ?? String(error)}\n`);
    process.stdout.write(JSON.stringify({ error: String((error as Error).message ?? error) }) + '\n');
    process.exitCode = 1;
  },
);
