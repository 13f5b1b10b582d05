/**
 * `npm run analyze -- <file.html | file.html.gz> [--url <page url>]`: runs lib/'s pipeline on a
 * saved page and prints its PageContext as one JSON object (validated by the same zod schema the
 * extension uses).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePage } from '../../lib/context';
import { PageContextSchema } from '../../lib/models/page-context';
import { parseDocument, readHtml } from './dom';

function main(argv: string[]): number {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--url');
  const urlIndex = argv.indexOf('--url');
  const url = urlIndex >= 0 ? argv[urlIndex + 1] : undefined;
  if (!file) {
    process.stderr.write('usage: npm run analyze -- <file.html | file.html.gz> [--url <page url>]\n');
    return 2;
  }
  let html: string;
  try {
    html = readHtml(file);
  } catch (error) {
    process.stderr.write(`analyze: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  const context = PageContextSchema.parse(analyzePage(parseDocument(html), pageUrl));
  process.stdout.write(JSON.stringify(context) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
