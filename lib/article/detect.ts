/**
 * Cheap article detection, run on every page by the always-on content script, so it must stay
 * small (<= 10 KB gzip with its imports) and fast (<= 2 ms p95). It reads what the page says
 * about itself (JSON-LD, og:type, article:* meta) and Readability's `isProbablyReaderable`.
 * Pinned by tests/unit/article/detect.test.ts.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from '../models/page-context';

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'opinionnewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);

/** `@type` values declared by the page's JSON-LD blocks (lower-cased; @graph and arrays included). */
export function readJsonLdTypes(doc: Document, maxBlocks = 20): string[] {
  const types: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < maxBlocks; i++) {
    const raw = scripts[i]?.textContent ?? '';
    if (raw.length > 500_000) continue;
    try {
      collectTypes(JSON.parse(raw) as unknown, types, 0);
    } catch {
      // Malformed JSON-LD is common on real pages; it simply says nothing.
    }
  }
  return types;
}

function collectTypes(node: unknown, out: string[], depth: number): void {
  if (depth > 6 || node === null || typeof node !== 'object' || out.length > 50) return;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 100)) collectTypes(item, out, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  for (const t of Array.isArray(type) ? type : [type]) {
    if (typeof t === 'string') out.push(t.toLowerCase());
  }
  if (record['@graph']) collectTypes(record['@graph'], out, depth + 1);
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim().toLowerCase() ?? null;
}

/** Decides whether `doc` is a news article, with a confidence and the signals that fired. */
export function detectArticle(doc: Document): Detection {
  const signals: string[] = [];
  if (!doc.documentElement || !doc.body) {
    return { isArticle: false, confidence: 1, signals: ['no-body'] };
  }
  let score = 0;
  const types = readJsonLdTypes(doc);
  if (types.some((t) => ARTICLE_TYPES.has(t))) {
    signals.push('json-ld-article');
    score += 2;
  }
  const ogType = metaContent(doc, 'meta[property="og:type"]');
  if (ogType === 'article') {
    signals.push('og-type-article');
    score += 1;
  } else if (ogType && ogType !== 'article') {
    signals.push(`og-type-${ogType.slice(0, 20)}`);
    score -= 1;
  }
  if (doc.querySelector('meta[property="article:published_time"]')) {
    signals.push('article-published-meta');
    score += 1;
  }
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  if (readerable) {
    signals.push('readerable');
    score += 2;
  }
  const isArticle = readerable ? score >= 2 : score >= 3;
  const confidence = Math.min(1, Math.abs(score - 2) / 4 + 0.5);
  return { isArticle, confidence, signals };
}
