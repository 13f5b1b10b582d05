/**
 * The extension's page pipeline as the background runs it (parse -> extractPage ->
 * addTextAnalysis), measured: DOM calls made and the size of what comes out, so the hostile
 * suites can say "bounded" with counts, and "deterministic" by running it twice.
 */
import { expect } from 'vitest';
import { addTextAnalysis } from '../../../lib/analyze-text';
import { extractPage } from '../../../lib/extract-page';
import { PageContextSchema, type PageContext } from '../../../lib/models/page-context';
import { parseDocument } from '../../tools/dom';
import { countDomSteps, countElements } from './dom-steps';

/**
 * DOM calls allowed per element of the input, plus a constant. Generous (the corpus's worst page
 * makes ~400 per element, generated pages ~300), but linear: a quadratic walk over a
 * 20,000-element page blows through it.
 */
export const STEPS_PER_ELEMENT = 1_000;
export const STEPS_CONSTANT = 100_000;
/** Output characters allowed per input character, plus a constant (metadata, signals). */
export const OUTPUT_PER_INPUT_CHAR = 12;
export const OUTPUT_CONSTANT = 20_000;

export interface PipelineRun {
  context: PageContext;
  steps: number;
  json: string;
}

/** Parses `html` and runs both halves of the pipeline, counting DOM calls. */
export function runPipeline(html: string, url: string): PipelineRun {
  const { value, steps } = countDomSteps(() => extractPage(parseDocument(html), url));
  const context = addTextAnalysis(value);
  return { context, steps, json: JSON.stringify(context) };
}

/** The contract every run must meet: valid, about the page asked for, bounded. */
export function expectValidBounded(run: PipelineRun, html: string, url: string): void {
  const parsed = PageContextSchema.safeParse(run.context);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  expect(run.context.url).toBe(url);
  if (!run.context.isArticle) expect(run.context.article).toBeNull();
  expect(run.steps).toBeLessThanOrEqual(STEPS_PER_ELEMENT * countElements(html) + STEPS_CONSTANT);
  expect(run.json.length).toBeLessThanOrEqual(OUTPUT_PER_INPUT_CHAR * html.length + OUTPUT_CONSTANT);
}

/** Runs the pipeline twice on the same input and checks both runs agree exactly. */
export function runTwiceAndCheck(html: string, url: string): PipelineRun {
  const first = runPipeline(html, url);
  expectValidBounded(first, html, url);
  const second = runPipeline(html, url);
  expect(second.json).toBe(first.json);
  return first;
}
