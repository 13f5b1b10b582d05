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

const LISTING =
  /^(tags?|tagged|topics?|category|categories|section|sections|archives?|authors?|search|people|person|latest|index)$/;
const MEDIA =
  /^(videos?|av|watch|gallery|galleries|photos?|pictures|slideshows?|podcasts?|audio|live-?tv|episodes|schedule|shows?)$/;
const FORUM = /^(comments|threads?|forums?|questions|discussions?|t)$/;
const SHOP = /^(products?|shop|store|dp|items?|recipes?)$/;
const MEDIA_SLUG = /(^|[-_])(slideshow|gallery|in-pictures|in-photos)([-_.]|$)/;
const LOCALE = /^[a-z]{2}(-[a-z]{2})?$/;
const DATED = /\/(19[89]\d|20[0-4]\d)[/-](0?[1-9]|1[0-2])([/-]|$)/;
const INDEX_FILE = /^(index|default|home)\.(html?|php|aspx?)$/;

function slugWords(segment: string): string[] {
  const base = segment.replace(/\.(html?|php|aspx?|shtml)$/, '');
  return base.split(/[-_+]+/).filter((w) => /^[a-z][a-z'’]*$/.test(w));
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
  const content = segments.filter((s, i) => !(i < locale && LOCALE.test(s)) && !INDEX_FILE.test(s));
  if (content.length === 0) add('url-home', -3);
  if (content.some((s) => LISTING.test(s))) add('url-listing', -2.5);
  if (content.some((s) => MEDIA.test(s) || MEDIA_SLUG.test(s))) add('url-media', -2.5);
  if (content.some((s) => FORUM.test(s))) add('url-forum', -2);
  if (content.some((s) => SHOP.test(s))) add('url-shop', -2);
  // A listing, media, forum or shop path is not rescued by a slug or an id: galleries and video
  // pages have both.
  if (score < 0) return { score, signals };
  const dated = DATED.test('/' + segments.join('/'));
  const longest = Math.max(0, ...content.map((s) => slugWords(s).length));
  const hasId =
    content.some((s) => /(^|\D)\d{5,}(\D|$)/.test(s) || /[0-9a-f]{16,}/.test(s)) ||
    /=[^&]*\d{5,}/.test(query);
  if (dated) add('url-dated', 1.5);
  if (longest >= 5) add('url-long-slug', 1.5);
  else if (longest >= 3) add('url-slug', 0.5);
  if (hasId) add('url-id', 1);
  if (content.length <= 2 && longest < 3 && !hasId && !dated) add('url-short-path', -1.5);
  return { score, signals };
}
