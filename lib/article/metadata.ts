/**
 * Article metadata from what the page says about itself (JSON-LD, Open Graph, article:*,
 * Dublin Core and Parse.ly meta, microdata, `<time>`, `<html lang>`, rel=canonical, the title
 * and the visible byline and dateline), each field with its source in `sources`. The field
 * readers live in ./metadata/; this module orders them: site names first, since the authors
 * and the title are cleaned against them, and the title's cut-off affix can name the site.
 * Pinned by tests/unit/article/metadata.test.ts.
 */
import type { Article } from '../models/page-context';
import { readAuthors } from './metadata/authors';
import { readDates } from './metadata/dates';
import { findJsonLdArticle, readImageUrl, readList, readNames, readText } from './metadata/json-ld-article';
import { readKind } from './metadata/kind';
import { findHeadlineElement } from './metadata/headline-element';
import { firstMeta, readMetaTags } from './metadata/meta-tags';
import {
  readCanonicalUrl,
  readDescription,
  readImage,
  readKeywords,
  readLang,
  readSection,
} from './metadata/page-facts';
import { declaredSiteNames, domainOf, readSiteName } from './metadata/site-name';
import { pickJsonLdHeadline, readTitle } from './metadata/title';
import { foldName } from './metadata/title-affixes';

/** Every Article field but the text, with `sources`. */
export type ArticleMetadata = Omit<Article, 'text' | 'title'>;

const cap = (value: string | null, max = 2_000): string | null => (value ? value.slice(0, max) : null);

/** The fields the JSON-LD article entity states (nulls and empty lists when there is none). */
function readJsonLdFacts(doc: Document) {
  const ld = findJsonLdArticle(doc);
  const node = ld?.node;
  const text = (key: string): string | null => (node ? readText(node, key) : null);
  const visibleTitle = `${doc.title ?? ''} ${doc.getElementsByTagName('h1')[0]?.textContent ?? ''}`;
  return {
    types: ld?.types ?? [],
    headline: pickJsonLdHeadline(text('headline'), text('name'), visibleTitle),
    authors: node ? readNames(node, 'author') : [],
    publisher: node ? (readNames(node, 'publisher')[0] ?? null) : null,
    dates: { published: text('datePublished'), modified: text('dateModified') },
    lang: text('inLanguage'),
    section: node ? (readList(node, 'articleSection')[0] ?? null) : null,
    genre: text('genre'),
    description: text('description'),
    image: node ? readImageUrl(node) : null,
    keywords: node ? readList(node, 'keywords') : [],
  };
}

/** Reads the title and the other metadata fields of `doc` (page address `url`). */
export function readMetadata(doc: Document, url: string): { title: string | null; article: ArticleMetadata } {
  const meta = readMetaTags(doc);
  const ld = readJsonLdFacts(doc);
  const declared = declaredSiteNames(meta, ld.publisher);
  const siteNames = [...declared.map((d) => d.name ?? ''), domainOf(url)?.split('.')[0] ?? ''];
  const headline = findHeadlineElement(doc, ld.headline ?? firstMeta(meta, ['og:title'])?.value ?? doc.title);
  const authors = readAuthors(doc, meta, ld.authors, siteNames, headline);
  const title = readTitle(doc, meta, ld.headline, [...siteNames, ...authors.authors]);
  const affix = title.removed.find((r) => !authors.authors.some((a) => foldName(a) === foldName(r)));
  const site = readSiteName(declared, affix ?? null, url);
  const dates = readDates(doc, meta, ld.dates, url, headline);
  const lang = readLang(doc, meta, ld.lang);
  const canonical = readCanonicalUrl(doc, meta, url);
  const section = readSection(meta, ld.section);
  const description = readDescription(meta, ld.description);
  const image = readImage(meta, ld.image, url);
  const keywords = readKeywords(meta, ld.keywords);
  const kind = readKind(ld.types, [section.value, ld.genre], url);
  const sourceOf: [string, string | null][] = [
    ['title', title.source],
    ['authors', authors.source],
    ['byline', authors.source],
    ['siteName', site.source],
    ['publishedTime', dates.published.source],
    ['modifiedTime', dates.modified.source],
    ['lang', lang.source],
    ['canonicalUrl', canonical.source],
    ['section', section.source],
    ['description', description.source],
    ['image', image.source],
    ['keywords', keywords.source],
    ['kind', kind.source],
  ];
  const sources = Object.fromEntries(
    sourceOf.filter((e): e is [string, string] => e[1] !== null).map(([k, v]) => [k, v.slice(0, 64)]),
  );
  return {
    title: cap(title.title),
    article: {
      byline: cap(authors.authors.length ? authors.authors.join(', ') : null),
      authors: authors.authors.map((a) => a.slice(0, 2_000)),
      publishedTime: dates.published.value,
      modifiedTime: dates.modified.value,
      siteName: cap(site.name),
      lang: lang.value,
      canonicalUrl: cap(canonical.value, 8_192),
      section: cap(section.value),
      description: cap(description.value, 10_000),
      image: cap(image.value, 8_192),
      keywords: keywords.value.map((k) => k.slice(0, 2_000)),
      kind: kind.kind,
      sources,
    },
  };
}
