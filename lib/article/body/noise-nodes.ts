/**
 * Removes boilerplate elements around and inside the article body, judged by what they are
 * called (class, id, role) and by how much text and link text they hold: share bars, newsletter
 * and subscription boxes, "related"/"recommended"/"most read" rails, captions and credits,
 * bylines and datelines, tag lists, hover cards and ads. A named element holding a lot of prose
 * is kept (a body wrapper called `article-body social-enabled` must survive).
 * Pinned by tests/unit/article/noise-nodes.test.ts.
 */

/** Parts of class/id names that mark boilerplate wherever they appear (`imageEmbedCaption`). */
const NOISE_PARTS =
  /caption|credit|share|social|newsletter|subscri|related|recommend|promo|sponsor|byline|dateline|timestamp|breadcrumb|tooltip|rollover|popover|hovercard|advert|outbrain|taboola|trending|paywall|cookie|consent|disclaimer|comment|most-?(read|popular|viewed|shared)|more-?(stories|from|news)|read-?(more|next|also)|see-?also|author-?(bio|info|box|card)|about-?(the-?)?author|sign-?up|you-?may-?(also-?)?like/;
/** Whole words of class/id names that mark boilerplate (`ad`, but not `head`). */
const NOISE_WORDS = new Set([
  'ad',
  'ads',
  'bio',
  'author',
  'tags',
  'nav',
  'navigation',
  'print',
  'email',
  'popular',
  'toolbar',
  'banner',
  'header',
  'standfirst',
  'dek',
  'kicker',
  'eyebrow',
]);
const NOISE_ROLES = new Set([
  'complementary',
  'navigation',
  'banner',
  'contentinfo',
  'dialog',
  'alertdialog',
]);
const NOISE_TAGS = new Set(['ASIDE', 'NAV', 'FIGCAPTION', 'FOOTER', 'BUTTON', 'FORM', 'DIALOG', 'HEADER']);

/** Elements whose name says boilerplate are removed only below this much text... */
const MAX_NOISE_CHARS = 600;
/** ...or when most of their text is link text. */
const MAX_PROSE_LINK_SHARE = 0.5;

function hasNoiseName(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (!names.trim()) return false;
  if (NOISE_PARTS.test(names)) return true;
  for (const word of names.split(/[\s_-]+/)) if (NOISE_WORDS.has(word)) return true;
  return false;
}

function isHidden(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
  );
}

const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'MARK', 'SMALL']);

/**
 * Parts of the story whatever they are called: embedded posts (`<div class="social-media-embed">
 * <blockquote class="twitter-tweet">`), links, inline words of a paragraph (`<p>... <span
 * class="related-topic">word</span> ...`), and a link wrapped with its hover card (`<span
 * class="rollover"><a>Name</a><span class="rollover-block">...`), of which only the card goes.
 */
function isPartOfStory(el: Element, tag: string): boolean {
  if (tag === 'A' || el.querySelector('blockquote')) return true;
  if (INLINE.has(tag) && el.parentElement?.tagName.toUpperCase() === 'P') return true;
  return tag === 'SPAN' && el.firstElementChild?.tagName.toUpperCase() === 'A';
}

/** Share of an element's text that sits in links (0 for an element without text). */
export function linkShare(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let chars = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) chars += (links[i]!.textContent ?? '').trim().length;
  return chars / textLength;
}

/** Whether `el` is boilerplate by its tag, role, name or visibility, and small or link-heavy. */
export function isNoiseElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  if (isHidden(el)) return true;
  const role = el.getAttribute('role');
  const named = NOISE_TAGS.has(tag) || (role !== null && NOISE_ROLES.has(role)) || hasNoiseName(el);
  if (!named || isPartOfStory(el, tag)) return false;
  const length = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return length < MAX_NOISE_CHARS || linkShare(el, length) > MAX_PROSE_LINK_SHARE;
}

/** Removes boilerplate elements under `root` (outermost first; at most `maxElements` examined). */
export function removeNoiseElements(root: Element, maxElements = 20_000): number {
  const all = root.querySelectorAll('*');
  const doomed: Element[] = [];
  for (let i = 0; i < all.length && i < maxElements; i++) {
    const el = all[i]!;
    if (doomed.length > 0 && doomed[doomed.length - 1]!.contains(el)) continue;
    if (isNoiseElement(el)) doomed.push(el);
  }
  for (const el of doomed) el.remove();
  return doomed.length;
}
