/**
 * Article metadata from what the page says about itself: JSON-LD, Open Graph, article:* and
 * citation meta, <time>, <html lang>, rel=canonical. Each field records its source.
 */
import type { Article } from '../models/page-context';

type Meta = Omit<Article, 'text' | 'title'>;

function content(doc: Document, selectors: string[]): [string, string] | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return [value, selector];
  }
  return null;
}

function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value.trim());
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Reads title and the other metadata fields, each with its source. */
export function readMetadata(doc: Document, url: string): { title: string | null; article: Meta } {
  const sources: Record<string, string> = {};
  const og = content(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  let title = og?.[0] ?? null;
  if (title) sources.title = 'og:title';
  else {
    title = doc.title?.trim() || null;
    if (title) sources.title = 'document-title';
  }
  const byline = content(doc, ['meta[name="author"]', 'meta[property="article:author"]'])?.[0] ?? null;
  const site = content(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const published = content(doc, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
  ]);
  const modified = content(doc, ['meta[property="article:modified_time"]', 'meta[itemprop="dateModified"]']);
  const canonical =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    absolute(content(doc, ['meta[property="og:url"]'])?.[0], url);
  const section = content(doc, ['meta[property="article:section"]'])?.[0] ?? null;
  return {
    title,
    article: {
      byline,
      authors: byline ? [byline] : [],
      publishedTime: toIso(published?.[0]),
      modifiedTime: toIso(modified?.[0]),
      siteName: site?.[0] ?? null,
      lang: doc.documentElement?.getAttribute('lang')?.trim() || null,
      canonicalUrl: canonical,
      section,
      description: content(doc, ['meta[property="og:description"]', 'meta[name="description"]'])?.[0] ?? null,
      image: absolute(content(doc, ['meta[property="og:image"]'])?.[0], url),
      sources,
    },
  };
}
