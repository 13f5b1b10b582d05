/**
 * What the page declares about itself: JSON-LD `@type` (incl. `@graph` and arrays), microdata
 * `itemtype`, `og:type` and `article:*` / publication-date meta. One article entity is strong
 * evidence; a collection, video, recipe, product, forum or search type is strong evidence
 * against; many article entities mean a list of teasers, not an article.
 * Pinned by tests/unit/article/declared-type.test.ts.
 */
import { readJsonLd, typesOf } from '../json-ld';

/** One verdict: a score in about [-3, 4.5] and the names of the declarations that fired. */
export interface DeclaredType {
  score: number;
  signals: string[];
}

/** schema.org types that make a page an article (lower case). */
export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'opinionnewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
  'techarticle',
  'satiricalarticle',
]);

const NON_ARTICLE_TYPES = new Set([
  'collectionpage',
  'searchresultspage',
  'itemlist',
  'videoobject',
  'imagegallery',
  'mediagallery',
  'recipe',
  'product',
  'discussionforumposting',
  'qapage',
  'profilepage',
  'event',
  'jobposting',
]);

/** og:type prefixes of media, product and profile pages. */
const MEDIA_OG_TYPES = ['video', 'music', 'product', 'profile', 'book', 'place', 'image'];

const PUBLISHED_META = new Set([
  'article:published_time',
  'og:pubdate',
  'pubdate',
  'date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'datepublished',
]);

/** A publication date in meta tags (`article:published_time`, `pubdate`, itemprop `datePublished`...). */
function hasPublishedMeta(doc: Document): boolean {
  // Head meta first (cheap); microdata dates in the body by one attribute lookup.
  const metas = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 300; i++) {
    const m = metas[i]!;
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    if (key && PUBLISHED_META.has(key.toLowerCase())) return true;
  }
  return doc.querySelector('[itemprop="datePublished"]') !== null;
}

function countDeclaredTypes(doc: Document): { article: number; other: number } {
  let article = 0;
  let other = 0;
  for (const node of readJsonLd(doc)) {
    const types = typesOf(node);
    if (types.some((t) => ARTICLE_TYPES.has(t))) article++;
    else if (types.some((t) => NON_ARTICLE_TYPES.has(t))) other++;
  }
  return { article, other };
}

function countMicrodataArticles(doc: Document): number {
  let count = 0;
  const scopes = doc.querySelectorAll('[itemscope][itemtype]');
  for (let i = 0; i < scopes.length && i < 500; i++) {
    const type = scopes[i]?.getAttribute('itemtype') ?? '';
    const name = type.trim().split(/\s+/)[0]?.split('/').pop()?.toLowerCase() ?? '';
    if (ARTICLE_TYPES.has(name)) count++;
  }
  return count;
}

/** Scores what `doc` declares about its own type. */
export function scoreDeclaredType(doc: Document): DeclaredType {
  const signals: string[] = [];
  let score = 0;
  const add = (name: string, weight: number): void => {
    signals.push(name);
    score += weight;
  };
  const ld = countDeclaredTypes(doc);
  if (ld.article >= 4) add('json-ld-article-list', -2);
  else if (ld.article > 0) add('json-ld-article', 3);
  else if (ld.other > 0) add('json-ld-non-article', -3);
  const micro = countMicrodataArticles(doc);
  if (micro >= 3) add('microdata-article-list', -1.5);
  else if (micro > 0 && ld.article === 0) add('microdata-article', 1.5);
  const og = doc.querySelector('meta[property="og:type"],meta[name="og:type"]');
  const ogType = og?.getAttribute('content')?.trim().toLowerCase() ?? '';
  if (ogType === 'article' || ogType.startsWith('article:')) add('og-type-article', 1);
  else if (MEDIA_OG_TYPES.some((prefix) => ogType.startsWith(prefix))) add('og-type-media', -2);
  else if (ogType === 'website') add('og-type-website', -1);
  if (hasPublishedMeta(doc)) add('published-meta', 0.5);
  return { score, signals };
}
