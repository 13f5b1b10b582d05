/**
 * URL-shape signals: what the address alone says about a page. Listing paths (tag, topic,
 * category, section, search, author), media paths (video, gallery, photos, slideshow), forum
 * threads, recipes, products and home or one-word section paths point away from an article;
 * dated paths, long word slugs and long numeric ids point towards one. Weak evidence on its own:
 * detect.ts weighs it with what the page declares and how its text is laid out.
 * Pinned by tests/unit/article/url-shape.test.ts.
 */

/** One URL verdict: a score in about [-3, 2] and the names of the shapes that fired. */
export interface UrlShape {
  score: number;
  signals: string[];
}

// The always-on detector runs this on every page, cold. Each regular expression costs V8 tens of
// microseconds to compile on first use, so the shapes are plain set lookups and character scans
// (tests/unit/article/url-shape.test.ts checks them against the regular expressions they replace).
const LISTING = new Set(
  'tag tags tagged topic topics category categories section sections archive archives author authors search people person latest index'.split(
    ' ',
  ),
);
const MEDIA = new Set(
  'video videos av watch gallery galleries photo photos pictures slideshow slideshows podcast podcasts audio livetv live-tv episodes schedule show shows'.split(
    ' ',
  ),
);
const FORUM = new Set('comments thread threads forum forums questions discussion discussions t'.split(' '));
const SHOP = new Set('product products shop store dp item items recipe recipes'.split(' '));
const MEDIA_SLUG_WORDS = ['slideshow', 'gallery', 'in-pictures', 'in-photos'];
const INDEX_FILE = new Set(
  ['index', 'default', 'home'].flatMap((name) =>
    ['htm', 'html', 'php', 'asp', 'aspx'].map((ext) => `${name}.${ext}`),
  ),
);
const PAGE_EXTENSIONS = ['.html', '.htm', '.php', '.aspx', '.asp', '.shtml'];

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** `(^|[-_])word([-_.]|$)` for one of the gallery words. */
function isMediaSlug(segment: string): boolean {
  for (const word of MEDIA_SLUG_WORDS) {
    for (let at = segment.indexOf(word); at >= 0; at = segment.indexOf(word, at + 1)) {
      const before = at === 0 ? '-' : segment[at - 1];
      const after = segment[at + word.length] ?? '.';
      if ((before === '-' || before === '_') && (after === '-' || after === '_' || after === '.'))
        return true;
    }
  }
  return false;
}

/** A language tag such as `en` or `pt-br`. */
function isLocale(s: string): boolean {
  const c = (i: number): boolean => isLower(s.charCodeAt(i));
  if (s.length === 2) return c(0) && c(1);
  return s.length === 5 && c(0) && c(1) && s[2] === '-' && c(3) && c(4);
}

/** Length of a month (1-12, optionally 0-padded) at `at` followed by `/`, `-` or the end; else 0. */
function monthAt(path: string, at: number): number {
  const ends = (i: number): boolean => i === path.length || path[i] === '/' || path[i] === '-';
  const d0 = path.charCodeAt(at);
  const d1 = path.charCodeAt(at + 1);
  if (d0 === 48 && d1 >= 49 && d1 <= 57 && ends(at + 2)) return 2; // 01-09
  if (d0 === 49 && d1 >= 48 && d1 <= 50 && ends(at + 2)) return 2; // 10-12
  return d0 >= 49 && d0 <= 57 && ends(at + 1) ? 1 : 0;
}

/** A `/1980-2049` year segment followed by a month (`/2024/05/`, `/2024-5-slug`). */
function isDated(path: string): boolean {
  for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
    const year = path.slice(at + 1, at + 5);
    if (year.length < 4 || ![...year].every((ch) => isDigit(ch.charCodeAt(0)))) continue;
    const n = Number(year);
    const sep = path[at + 5];
    if (n >= 1980 && n <= 2049 && (sep === '/' || sep === '-') && monthAt(path, at + 6) > 0) return true;
  }
  return false;
}

/** The words of a slug: split on runs of `-`, `_`, `+`; only all-letter words (apostrophes allowed). */
function slugWords(segment: string): string[] {
  let base = segment;
  for (const ext of PAGE_EXTENSIONS) {
    if (base.endsWith(ext)) {
      base = base.slice(0, -ext.length);
      break;
    }
  }
  const words: string[] = [];
  let word = '';
  let letters = true;
  const flush = (): void => {
    if (word && letters) words.push(word);
    word = '';
    letters = true;
  };
  for (let i = 0; i < base.length; i++) {
    const ch = base[i]!;
    if (ch === '-' || ch === '_' || ch === '+') {
      flush();
      continue;
    }
    const c = ch.charCodeAt(0);
    if (!(isLower(c) || (word !== '' && (ch === "'" || ch === '’')))) letters = false;
    word += ch;
  }
  flush();
  return words;
}

/** A long number (a run of five or more digits) or a long hex id (16+ of [0-9a-f]). */
function hasLongId(segment: string): boolean {
  let digits = 0;
  let hex = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    digits = isDigit(c) ? digits + 1 : 0;
    hex = isDigit(c) || (c >= 97 && c <= 102) ? hex + 1 : 0;
    const next = segment.charCodeAt(i + 1);
    if (digits >= 5 && !isDigit(next)) return true;
    if (hex >= 16) return true;
  }
  return false;
}

/** A query value holding five digits in a row (`?id=12345`, `?p=a12345`). */
function hasIdParameter(query: string): boolean {
  let inValue = false;
  let digits = 0;
  for (let i = 0; i < query.length; i++) {
    const ch = query[i]!;
    if (ch === '&') inValue = false;
    else if (ch === '=') inValue = true;
    digits = isDigit(ch.charCodeAt(0)) ? digits + 1 : 0;
    if (inValue && digits >= 5) return true;
  }
  return false;
}

function readPath(url: string): { segments: string[]; query: string } | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    const segments = decodeURIComponent(u.pathname)
      .toLowerCase()
      .split('/')
      .filter((s) => s.length > 0);
    return { segments, query: u.search };
  } catch {
    return null;
  }
}

export const urlShapeInternals = { isMediaSlug, isLocale, isDated, slugWords, hasLongId, hasIdParameter };

/** Scores the shape of `url`; an unparsable or non-http URL says nothing. */
export function scoreUrlShape(url: string | undefined | null): UrlShape {
  const parsed = url ? readPath(url) : null;
  if (!parsed) return { score: 0, signals: [] };
  const { segments, query } = parsed;
  const signals: string[] = [];
  let score = 0;
  const add = (name: string, weight: number): void => {
    signals.push(name);
    score += weight;
  };
  // A leading locale (`/en/`) is not content, unless it is all there is with a query (`/hl?a=1`).
  const locale = segments.length > 1 || !query ? 1 : 0;
  const content = segments.filter((s, i) => !(i < locale && isLocale(s)) && !INDEX_FILE.has(s));
  if (content.length === 0) add('url-home', -3);
  if (content.some((s) => LISTING.has(s))) add('url-listing', -2.5);
  if (content.some((s) => MEDIA.has(s) || isMediaSlug(s))) add('url-media', -2.5);
  if (content.some((s) => FORUM.has(s))) add('url-forum', -2);
  if (content.some((s) => SHOP.has(s))) add('url-shop', -2);
  // A listing, media, forum or shop path is not rescued by a slug or an id: galleries and video
  // pages have both.
  if (score < 0) return { score, signals };
  const dated = isDated('/' + segments.join('/'));
  const longest = Math.max(0, ...content.map((s) => slugWords(s).length));
  const hasId = content.some(hasLongId) || hasIdParameter(query);
  if (dated) add('url-dated', 1.5);
  if (longest >= 5) add('url-long-slug', 1.5);
  else if (longest >= 3) add('url-slug', 0.5);
  if (hasId) add('url-id', 1);
  if (content.length <= 2 && longest < 3 && !hasId && !dated) add('url-short-path', -1.5);
  return { score, signals };
}
