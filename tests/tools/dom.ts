/**
 * Node-side DOM for analyze/eval/bench: linkedom (jsdom 31 does not install here). Reads .html
 * and .html.gz files.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** Reads an HTML file, gunzipping `.gz`. */
export function readHtml(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Parses HTML into a Document that lib/ can read. */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
