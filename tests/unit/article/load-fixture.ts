/** Reads the project's own fixture pages (tests/fixtures/article) into linkedom Documents. */
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { parseDocument } from '../../tools/dom';

/** The HTML of a fixture page. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/article/${name}`, import.meta.url), 'utf8');
}

/** A fixture page as a Document (XHTML fixtures go through the XML parser, as browsers do). */
export function loadFixture(name: string): Document {
  const text = readFixture(name);
  if (name.endsWith('.xhtml')) {
    // linkedom types only 'text/xml' for XML; XHTML is XML with the XHTML namespace.
    return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
  }
  return parseDocument(text);
}

/** A Document from an inline HTML snippet (placed in `<body>` unless it has its own `<html>`). */
export function html(source: string): Document {
  return parseDocument(
    /<html[\s>]/i.test(source) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`,
  );
}
