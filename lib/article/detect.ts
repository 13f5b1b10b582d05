/**
 * Cheap article detection, run on every page by the always-on content script: it must stay
 * small (<= 8 KB gzip with its imports) and fast (well under 2 ms): no Readability.parse, no
 * cloning, no layout. Three families of evidence are added up:
 * - what the page declares (JSON-LD / microdata types, og:type, publication meta),
 * - the shape of its URL (listing, media, forum, shop and home paths vs dated/slugged ones),
 * - how its text is laid out (Readability's readerable test, the dominant prose block, a
 *   headline with a byline).
 * Pinned by tests/unit/article/detect.test.ts and the fixture pages it lists.
 */
import type { Detection } from '../models/page-context';
import { bodyOf } from './dom-limits';
import { scoreDeclaredType } from './detection/declared-type';
import { measureTextStructure, type TextStructure } from './detection/text-structure';
import { scoreUrlShape } from './detection/url-shape';

/** Score at which a page counts as an article. */
export const ARTICLE_THRESHOLD = 2.5;

/** The dominant prose block's weight: about -2 for nothing, 0 at ten paragraphs' worth, +2.5 at 80. */
function scoreStructure(s: TextStructure, signals: string[]): number {
  let score = Math.max(-2, Math.min(2.5, Math.log2(Math.max(1, s.bestBlockScore) / 10)));
  signals.push(`prose-block-${Math.round(s.bestBlockScore)}`);
  if (s.readerable) {
    signals.push('readerable');
    score += 1;
  } else {
    score -= 1;
  }
  if (s.hasHeadlineAndByline) {
    signals.push('headline-byline');
    score += 0.5;
  }
  return score;
}

function pageUrl(doc: Document, url: string | undefined): string | undefined {
  if (url) return url;
  const declared =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return declared ?? undefined;
}

/**
 * A frameset page: the parser puts the frameset right under `<html>` (and drops one met inside
 * the body), so only `<html>`'s children are looked at, not the whole tree.
 */
function hasFrameset(root: Element): boolean {
  for (let c = root.firstElementChild; c; c = c.nextElementSibling)
    if (c.localName === 'frameset') return true;
  return false;
}

function notAnArticle(signal: string): Detection {
  return { isArticle: false, confidence: 1, signals: [signal] };
}

/** The least and most scoreStructure can add: -2 - 1 and 2.5 + 1 + 0.5. */
const STRUCTURE_MIN = -3;
const STRUCTURE_MAX = 4;

function detectOrThrow(doc: Document, url: string | undefined, quick: boolean): Detection {
  if (!doc.documentElement) return notAnArticle('no-document-element');
  if (hasFrameset(doc.documentElement)) return notAnArticle('frameset');
  if (!bodyOf(doc)) return notAnArticle('no-body');
  const declared = scoreDeclaredType(doc);
  const shape = scoreUrlShape(pageUrl(doc, url));
  const signals = [...declared.signals, ...shape.signals];
  const partial = declared.score + shape.score;
  // Quick mode: when no text layout could change the verdict, do not measure it (the verdict is
  // the same; the confidence is then the least the full measure would give).
  if (quick && partial + STRUCTURE_MAX < ARTICLE_THRESHOLD)
    return verdict(partial + STRUCTURE_MAX, [...signals, 'structure-skipped']);
  if (quick && partial + STRUCTURE_MIN >= ARTICLE_THRESHOLD)
    return verdict(partial + STRUCTURE_MIN, [...signals, 'structure-skipped']);
  return verdict(partial + scoreStructure(measureTextStructure(doc), signals), signals);
}

function verdict(score: number, signals: string[]): Detection {
  const probability = 1 / (1 + Math.exp(-(score - ARTICLE_THRESHOLD)));
  const isArticle = score >= ARTICLE_THRESHOLD;
  const confidence = Math.round((isArticle ? probability : 1 - probability) * 1000) / 1000;
  return { isArticle, confidence, signals: signals.slice(0, 100) };
}

/**
 * Decides whether `doc` is an article page, with a confidence in [0.5, 1] for the verdict and
 * the names of the signals that fired. `url` (the page address) enables URL-shape signals; it
 * defaults to the page's canonical URL. `quick` (the always-on content script) skips measuring the
 * text layout when what the page declares and its URL already decide the verdict either way; the
 * verdict is the same, the confidence a lower bound. Never throws: a hostile DOM ends as "not an
 * article".
 */
export function detectArticle(doc: Document, url?: string, options: { quick?: boolean } = {}): Detection {
  try {
    return detectOrThrow(doc, url, options.quick === true);
  } catch {
    return notAnArticle('detection-failed');
  }
}
