import { readFileSync } from 'node:fs';
import { parseDocument } from '../../tools/dom';

const PAGES = new URL('../../fixtures/publishers/pages/', import.meta.url);

/** A fixture page of tests/fixtures/publishers/pages as a Document. */
export function readFixturePage(name: string): Document {
  return parseDocument(readFileSync(new URL(name, PAGES), 'utf8'));
}

/** A small page: `head` and `body` HTML strings written by the test. */
export function buildPage(head: string, body = ''): Document {
  return parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

/** A JSON-LD script element's HTML for `data`. */
export function jsonLdScript(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
