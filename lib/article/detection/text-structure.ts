/**
 * How the page's text is laid out, read in one cheap pass (no layout, no cloning, one
 * `textContent` per candidate node): Readability's own readerable test (readerable.ts), and the
 * dominant prose block, i.e. the container whose paragraphs of running prose (>= 25 chars, link
 * text under a third, not inside a link, list item, nav, aside or footer) score highest by
 * Readability's paragraph score (1 per paragraph + commas + 1 per 100 chars, up to 3; the parent
 * gets it all, the grandparent half). Article pages have one dense block; section fronts,
 * galleries, video pages and teaser lists scatter short linked snippets.
 * Pinned by tests/unit/article/text-structure.test.ts.
 */
import { isVisible, READERABLE_MIN_SCORE, readerableScore } from './readerable';

/** Layout facts for detect.ts. */
export interface TextStructure {
  /** Readability's `isProbablyReaderable` verdict with its default options. */
  readerable: boolean;
  /** Readability-style score of the best container's own prose paragraphs. */
  bestBlockScore: number;
  /** Prose paragraphs of 80 characters or more in the whole page. */
  proseParagraphs: number;
  /** One headline (`h1`) plus a byline or a dated `<time>`, as article pages print them. */
  hasHeadlineAndByline: boolean;
}

const MAX_NODES = 3_000;
const BLOCK_CHILD = new Set(
  'P DIV UL OL DL TABLE SECTION ARTICLE ASIDE NAV HEADER FOOTER H1 H2 H3 H4 H5 H6 BLOCKQUOTE PRE FIGURE FORM'.split(
    ' ',
  ),
);
const NOT_PROSE_ANCESTOR = new Set(['A', 'LI', 'FOOTER', 'NAV', 'ASIDE']);
/** Commas of the scripts Readability counts: `,` `،` `、` `，` (a scan: no regular expression to compile cold). */
export function countCommas(text: string): number {
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x60c || c === 0x3001 || c === 0xff0c) commas++;
  }
  return commas;
}
const BYLINE =
  '[rel="author"],[itemprop~="author"],[class*="byline"],[class*="author"],time[datetime],address';

/** A `<div>` written as a paragraph: a long run of its own text and no block children. */
function isDivParagraph(div: Element): boolean {
  // Its whole text first, one call: most divs fall short, and their children are never touched.
  if ((div.textContent?.length ?? 0) < 40) return false;
  let ownText = false;
  for (let c = div.firstChild; c && !ownText; c = c.nextSibling) {
    if (c.nodeType !== 3) continue;
    const value = c.nodeValue ?? '';
    // trim() only for a node long enough to pass: most are short runs of indentation
    ownText = value.length >= 40 && value.trim().length >= 40;
  }
  if (!ownText) return false;
  for (let c = div.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_CHILD.has(c.tagName.toUpperCase())) return false;
  }
  return true;
}

/** Candidate roles: 1 = counts for readerable, 2 = may be a prose paragraph. */
function collectCandidates(doc: Document): Map<Element, number> {
  const roles = new Map<Element, number>();
  const add = (list: ArrayLike<Element>, role: number, accept?: (el: Element) => boolean): void => {
    for (let i = 0; i < list.length && i < MAX_NODES; i++) {
      const el = list[i]!;
      if (!accept || accept(el)) roles.set(el, (roles.get(el) ?? 0) | role);
    }
  };
  add(doc.getElementsByTagName('p'), 3);
  add(doc.getElementsByTagName('pre'), 3);
  add(doc.getElementsByTagName('article'), 1);
  const brs = doc.querySelectorAll('div > br');
  add(
    Array.from(brs, (br) => br.parentElement!),
    1,
  );
  add(leafDivs(doc), 2, isDivParagraph);
  return roles;
}

/**
 * Divs without a block child (the only ones that can be div paragraphs), picked by the browser's
 * selector engine: walking every div's children from script made a JS object of each node
 * touched, and was the largest cost of detection on big section fronts. Where `:has()` is not
 * understood, every div (isDivParagraph checks the children itself).
 */
const LEAF_DIVS = `div:not(:empty):not(:has(> :is(${[...BLOCK_CHILD].join(',').toLowerCase()})))`;
function leafDivs(doc: Document): ArrayLike<Element> {
  try {
    return doc.querySelectorAll(LEAF_DIVS);
  } catch {
    return doc.getElementsByTagName('div');
  }
}

/** A headline with a byline or dated `<time>` near it (within its grandparent). */
function hasHeadlineAndByline(doc: Document): boolean {
  const headlines = doc.getElementsByTagName('h1');
  if (headlines.length < 1 || headlines.length > 2) return false;
  const scope = headlines[0]!.parentElement?.parentElement ?? doc;
  return scope.querySelector(BYLINE) !== null;
}

function isProse(el: Element, text: string): boolean {
  for (let up = el.parentElement, depth = 0; up && depth < 12; up = up.parentElement, depth++) {
    if (NOT_PROSE_ANCESTOR.has(up.tagName.toUpperCase())) return false;
  }
  let linkChars = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 50; i++) linkChars += (links[i]!.textContent ?? '').length;
  return linkChars * 3 <= text.length && isVisible(el);
}

function addScore(scores: Map<Element, number>, el: Element | null, score: number): void {
  if (el) scores.set(el, (scores.get(el) ?? 0) + score);
}

/** Measures the layout signals of `doc` (bounded to 3,000 nodes of each kind). */
export function measureTextStructure(doc: Document): TextStructure {
  const scores = new Map<Element, number>();
  let readerableTotal = 0;
  let proseParagraphs = 0;
  for (const [el, role] of collectCandidates(doc)) {
    const raw = el.textContent ?? '';
    if (raw.length < 25) continue;
    const text = raw.trim();
    if (role & 1 && readerableTotal <= READERABLE_MIN_SCORE)
      readerableTotal += readerableScore(el, text.length);
    if (!(role & 2) || text.length < 25 || !isProse(el, text)) continue;
    if (text.length >= 80) proseParagraphs++;
    const commas = countCommas(text.slice(0, 10_000));
    const score = 1 + commas + Math.min(3, Math.floor(text.length / 100));
    addScore(scores, el.parentElement, score);
    addScore(scores, el.parentElement?.parentElement ?? null, score / 2);
  }
  let bestBlockScore = 0;
  for (const score of scores.values()) bestBlockScore = Math.max(bestBlockScore, score);
  return {
    readerable: readerableTotal > READERABLE_MIN_SCORE,
    bestBlockScore,
    proseParagraphs,
    hasHeadlineAndByline: hasHeadlineAndByline(doc),
  };
}
