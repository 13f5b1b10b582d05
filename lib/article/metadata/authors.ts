/**
 * The article's authors, each a person's (or the publisher's) name: JSON-LD author, author /
 * dc.creator / parsely-author / article:author meta, then the visible byline (rel=author,
 * itemprop=author, .byline). Names are cleaned of "By", "Written by", dates, times, job titles
 * after a comma and URLs, split on "and" / "&" / "," / "with" (and their French, Spanish,
 * German, Portuguese forms), de-duplicated; the site's own name is dropped unless it is the only
 * author. Pinned by tests/unit/article/authors.test.ts.
 */
import { firstMeta, type MetaTags } from './meta-tags';
import { isDateLine } from '../body/date-lines';
import { foldName } from './title-affixes';
import { readVisibleByline } from './visible-byline';

/** Author names with where they came from. */
export interface AuthorsResult {
  authors: string[];
  source: string | null;
}

const AUTHOR_KEYS = [
  'dc:creator',
  'dcterm:creator',
  'dcterms:creator',
  'dc.creator',
  'dcterms.creator',
  'author',
  'parsely-author',
  'sailthru.author',
  'article:author',
  'byl',
];
const CREDIT_TAIL =
  /\s+(?:edited|photos?|photographs?|illustrations?|graphics?|video|additional reporting)\s+by\b.*$/i;
const PREFIX =
  /^\s*(?:(?:written|posted|reported|text|story|words)\s+)?(?:by|von|por|par|door|text|autor|author|auteur)\b\s*[:-]?\s*/i;
/** Separators between names; the joining words are lower case so initials ("Daniel Y. Kim") stay. */
const SPLIT = /\s*[,;|]\s*|\s+(?:&|and|AND|with|avec|et|und|mit|y|con|e|com)\s+/;
const DATE_TAIL =
  /\s*(?:[-–—|,]\s*)?(?:\b(?:updated|published|posted)\b.*|\d{1,2}\s*(?:[./-]|\s\p{L}+\.?\s)\s*\d{2,4}.*|\p{L}+\.?\s\d{1,2},?\s\d{4}.*|\d{4}-\d{2}-\d{2}.*)$/iu;

const ROLE =
  /\b(writer|reporter|correspondent|editor|editors|contributor|columnist|journalist|producer|staff|bureau|desk|team|newsroom|redaktion)\b/i;

function isPlausibleName(name: string): boolean {
  if (ROLE.test(name) && name.split(/\s+/).length > 1) return false;
  if (name.length < 2 || name.length > 80 || name.split(/\s+/).length > 6) return false;
  if (/https?:|www\.|\.com\b|@|\d{3,}/i.test(name) || isDateLine(name)) return false;
  if (/^(about|more|all|view|follow|contact)\b/i.test(name)) return false;
  return /\p{L}{2}/u.test(name) && !/^(by|and|staff|admin|editor|the)$/i.test(name);
}

/** Splits and cleans one raw byline into author names. */
export function cleanAuthorNames(raw: string): string[] {
  const text = raw
    .replace(/\s+/g, ' ')
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:written|edited|posted)?\s*by\s*/i, '')
    .replace(CREDIT_TAIL, '')
    .replace(/\s+(?:on assignment\s+)?for\s+\p{Lu}.*$/iu, '')
    .replace(DATE_TAIL, '')
    .trim();
  const names: string[] = [];
  for (const part of text.split(SPLIT)) {
    const name = part
      .replace(PREFIX, '')
      .replace(/^[\s:·•|-]+|[\s:·•|,.-]+$/g, '')
      .trim();
    if (isPlausibleName(name) && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}

/** Cuts a site name glued to the end of a name ("Dhruti Shah BBC News" -> "Dhruti Shah"). */
function dropSiteTail(name: string, sites: readonly string[]): string {
  const words = name.split(' ');
  for (let k = words.length - 1; k >= 2; k--) {
    if (sites.includes(foldName(words.slice(k).join(' ')))) return words.slice(0, k).join(' ');
  }
  return name;
}

/** Reads the authors, dropping the site's own name when people are named too. */
export function readAuthors(
  doc: Document,
  meta: MetaTags,
  jsonLdAuthors: string[],
  siteNames: readonly string[],
  headline: Element | null = null,
): AuthorsResult {
  const sites = siteNames.map(foldName).filter((s) => s.length > 1);
  // A publication credited as author ("Mac & i") is one name, not two.
  const clean = (raw: string): string[] =>
    sites.includes(foldName(raw)) ? [raw.trim()] : cleanAuthorNames(raw).map((n) => dropSiteTail(n, sites));
  const metaAuthor = firstMeta(meta, AUTHOR_KEYS);
  const candidates: [string[], string][] = [
    [jsonLdAuthors.flatMap(clean), 'json-ld'],
    [metaAuthor ? clean(metaAuthor.value) : [], metaAuthor ? `meta:${metaAuthor.key}` : 'meta'],
    [readVisibleByline(doc, headline, clean), 'byline'],
  ];
  for (const [names, source] of candidates) {
    if (names.length === 0) continue;
    const people = names.filter((n) => !sites.includes(foldName(n)));
    return { authors: (people.length > 0 ? people : names).slice(0, 50), source };
  }
  return { authors: [], source: null };
}
