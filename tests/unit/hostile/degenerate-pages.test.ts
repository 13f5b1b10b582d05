/**
 * Issue 11, test 2: degenerate pages through the whole pipeline (extractPage + addTextAnalysis):
 * no documentElement, 100,000-deep nesting, 50,000 elements, one 5 MB text node, a frameset and
 * an XHTML document. Each ends as "not an article" or a valid result, in a bounded number of DOM
 * calls: the size limits (lib/article/dom-limits.ts) refuse before any walk of the whole page.
 */
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { addTextAnalysis } from '../../../lib/analyze-text';
import { extractPage } from '../../../lib/extract-page';
import { PageContextSchema } from '../../../lib/models/page-context';
import { parseDocument } from '../../tools/dom';
import { countDomSteps, installDomStepCounter } from './dom-steps';

const URL = 'https://news.example.com/2024/03/16/a-long-article-slug-here';
/**
 * DOM calls allowed: detection and publisher facts walk the page once (a few calls per element);
 * Readability, which would not be linear, never runs on these pages.
 */
const STEPS_PER_ELEMENT = 20;
const STEPS_CONSTANT = 200_000;
const PROSE = 'The Senate passed the bill by 92 votes to 6, officials said on Tuesday. ';

function page(body: string, head = '<title>A page</title>'): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

function deepDocument(depth: number): Document {
  const doc = parseDocument(page(''));
  let node: Element = doc.body;
  for (let i = 0; i < depth; i++) node = node.appendChild(doc.createElement('div'));
  node.textContent = PROSE;
  return doc;
}

function withoutRoot(): Document {
  const doc = parseDocument(page(`<p>${PROSE}</p>`));
  doc.documentElement.remove();
  return doc;
}

const XHTML = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Keeper retires</title>
<meta property="og:type" content="article" /></head><body><article><h1>Keeper retires</h1>
${`<p>${PROSE.repeat(4)}</p>`.repeat(8)}</article></body></html>`;

const XML = (xhtml: string): Document =>
  new DOMParser().parseFromString(xhtml, 'text/xml') as unknown as Document;

/** [name, build, elements, verdict (null: either is fine)] */
const cases: [string, () => Document, number, boolean | null][] = [
  ['100,000-deep nesting', () => deepDocument(100_000), 100_000, false],
  ['50,000 elements', () => parseDocument(page(`<p>${PROSE}</p>`.repeat(50_000))), 50_000, false],
  [
    'one 5 MB text node',
    () => parseDocument(page(`<article><p>${'word, '.repeat(850_000)}</p></article>`)),
    5,
    false,
  ],
  [
    'a frameset',
    () =>
      parseDocument(
        '<html><head><title>F</title></head><frameset cols="25%,75%"><frame src="a.html"></frameset></html>',
      ),
    5,
    false,
  ],
  // As XML (Node tools); the extension itself parses serialized XHTML as text/html (below).
  ['an XHTML article parsed as XML', () => XML(XHTML), 30, null],
  ['an XHTML article parsed as HTML', () => parseDocument(XHTML), 30, true],
];

function runOn(doc: Document): { json: string; steps: number; isArticle: boolean } {
  const { value, steps } = countDomSteps(() => extractPage(doc, URL));
  const context = addTextAnalysis(value);
  const parsed = PageContextSchema.safeParse(context);
  expect(parsed.success).toBe(true);
  expect(context.url).toBe(URL);
  return { json: JSON.stringify(context), steps, isArticle: context.isArticle };
}

beforeAll(installDomStepCounter);

describe('degenerate pages through the whole pipeline', () => {
  it.each(cases)('%s: a bounded, valid verdict', (_name, build, elements, isArticle) => {
    const doc = build();
    const first = runOn(doc);
    if (isArticle !== null) expect(first.isArticle).toBe(isArticle);
    expect(first.steps).toBeLessThanOrEqual(STEPS_PER_ELEMENT * elements + STEPS_CONSTANT);
    expect(first.json.length).toBeLessThan(100_000);
    // Same answer again (lib/ did not change the page); DOM calls may differ by linkedom's caches.
    expect(runOn(doc).json).toBe(first.json);
  });

  it('no documentElement: "not an article"', () => {
    const run = runOn(withoutRoot());
    expect(run.isArticle).toBe(false);
    expect(run.steps).toBeLessThanOrEqual(STEPS_CONSTANT);
  });
});
