/**
 * The simpler facts a page states about itself, each with its source: language (`<html lang>`,
 * `xml:lang`, content-language, og:locale, JSON-LD inLanguage), canonical URL (rel=canonical,
 * og:url; an AMP page's rel=canonical is the non-AMP page), section, description, image and
 * keywords. URLs are made absolute and kept only when http(s).
 * Pinned by tests/unit/article/page-facts.test.ts.
 */
import { allMeta, firstMeta, type MetaTags } from './meta-tags';

/** A value and where it came from. */
export interface Sourced<T> {
  value: T;
  source: string | null;
}

/** An absolute http(s) URL for `href` against `base`, or null. */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Language tag of the page (`en`, `en-US`, `pt-BR`). */
export function readLang(doc: Document, meta: MetaTags, jsonLdLang: string | null): Sourced<string | null> {
  const html = doc.documentElement;
  const attr = html?.getAttribute('lang') ?? html?.getAttribute('xml:lang');
  if (attr?.trim()) return { value: attr.trim().slice(0, 35), source: 'html-lang' };
  const header = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  if (header?.trim())
    return { value: header.trim().split(/[,\s]/)[0]!.slice(0, 35), source: 'content-language' };
  if (jsonLdLang) return { value: jsonLdLang.slice(0, 35), source: 'json-ld' };
  const locale = firstMeta(meta, ['og:locale'])?.value;
  if (locale && /^[a-z]{2,3}([_-][a-z]{2,4})?$/i.test(locale))
    return { value: locale.replace('_', '-'), source: 'og:locale' };
  return { value: null, source: null };
}

/** Canonical URL: rel=canonical (what an AMP page points to), then og:url. */
export function readCanonicalUrl(doc: Document, meta: MetaTags, url: string): Sourced<string | null> {
  const link = absoluteHttpUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), url);
  if (link) return { value: link, source: 'rel-canonical' };
  const og = absoluteHttpUrl(firstMeta(meta, ['og:url'])?.value, url);
  return og ? { value: og, source: 'og:url' } : { value: null, source: null };
}

/** Section of the site the article belongs to. */
export function readSection(meta: MetaTags, jsonLdSection: string | null): Sourced<string | null> {
  if (jsonLdSection) return { value: jsonLdSection, source: 'json-ld' };
  const m = firstMeta(meta, [
    'article:section',
    'section',
    'parsely-section',
    'cxenseparse:section',
    'og:section',
  ]);
  return m ? { value: m.value, source: `meta:${m.key}` } : { value: null, source: null };
}

/** The page's summary of itself. */
export function readDescription(meta: MetaTags, jsonLdDescription: string | null): Sourced<string | null> {
  const m = firstMeta(meta, ['og:description', 'description', 'twitter:description', 'dc.description']);
  if (m) return { value: m.value, source: `meta:${m.key}` };
  return jsonLdDescription ? { value: jsonLdDescription, source: 'json-ld' } : { value: null, source: null };
}

/** Lead image URL. */
export function readImage(meta: MetaTags, jsonLdImage: string | null, url: string): Sourced<string | null> {
  const m = firstMeta(meta, [
    'og:image',
    'og:image:url',
    'og:image:secure_url',
    'twitter:image',
    'twitter:image:src',
  ]);
  const fromMeta = absoluteHttpUrl(m?.value, url);
  if (fromMeta) return { value: fromMeta, source: `meta:${m!.key}` };
  const fromLd = absoluteHttpUrl(jsonLdImage, url);
  return fromLd ? { value: fromLd, source: 'json-ld' } : { value: null, source: null };
}

/** Keywords and tags, de-duplicated case-insensitively (at most 100). */
export function readKeywords(meta: MetaTags, jsonLdKeywords: string[]): Sourced<string[]> {
  const raw = [
    ...jsonLdKeywords,
    ...allMeta(meta, ['news_keywords', 'keywords', 'article:tag', 'parsely-tags']),
  ];
  const out: string[] = [];
  for (const item of raw.flatMap((k) => k.split(/[,;]/))) {
    const word = item.trim();
    if (
      word &&
      word.length <= 100 &&
      !/^(null|undefined)$/i.test(word) &&
      !out.some((o) => o.toLowerCase() === word.toLowerCase())
    )
      out.push(word);
  }
  return {
    value: out.slice(0, 100),
    source: out.length ? (jsonLdKeywords.length ? 'json-ld' : 'meta') : null,
  };
}
