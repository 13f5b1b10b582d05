/**
 * The article's main text: Readability on a cleaned clone (run-readability.ts), then related
 * blocks, link lists and figures removed from its output (related-blocks.ts, noise-nodes.ts),
 * then paragraphs (serialize.ts) minus page furniture (noise-lines.ts).
 * Pinned by tests/unit/article/extract.test.ts.
 */
import { MAX_TEXT } from '../../models/page-context';
import { removeNoiseElements } from './noise-nodes';
import { dropFurnitureLines } from './noise-lines';
import { removeRelatedBlocks } from './related-blocks';
import type { Refusal } from '../dom-limits';
import { runReadability, type ReadabilityResult } from './run-readability';
import { serializeParagraphs } from './serialize';

/** Body paragraphs and what Readability guessed about the page, or why there is none. */
export type Body =
  | { paragraphs: string[]; readability: ReadabilityResult; refused: null }
  | { paragraphs: []; readability: null; refused: Refusal | 'no-content' };

/**
 * The element the page marks as the article body (`itemprop="articleBody"`), when Readability's
 * content holds exactly one and it carries most of the text: standfirsts, datelines and
 * share bars around it are not body text.
 */
function narrowToMarkedBody(content: Element): Element {
  const marked = content.querySelectorAll('[itemprop~="articleBody"]');
  if (marked.length !== 1) return content;
  const body = marked[0]!;
  const bodyChars = (body.textContent ?? '').trim().length;
  return bodyChars >= 0.6 * (content.textContent ?? '').trim().length ? body : content;
}

/** Extracts the body paragraphs of `doc`; `title` lets a repeated headline be dropped. */
export function extractBody(doc: Document, title: string | null): Body {
  const readability = runReadability(doc);
  if ('refused' in readability) return { paragraphs: [], readability: null, refused: readability.refused };
  const content = narrowToMarkedBody(readability.content);
  removeNoiseElements(content);
  removeRelatedBlocks(content);
  const paragraphs = dropFurnitureLines(serializeParagraphs(content, MAX_TEXT), title ?? readability.title);
  return { paragraphs, readability, refused: null };
}
