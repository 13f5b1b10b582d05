/**
 * Removes blocks of links that ride along with the article body: "Related" / "You may also
 * like" / "Most read" / "Don't miss" / "About the author" headings with the lists or teaser
 * links that follow them, lists whose text is mostly links, and media figures with their
 * captions. Runs on Readability's output, before serialisation.
 * Pinned by tests/unit/article/related-blocks.test.ts.
 */
import { linkShare } from './noise-nodes';

const RELATED_HEADING =
  /^(related( stories| articles| coverage| content| news| links| reading| posts| videos?)?|more( stories| news| coverage)?( from [\w .'’-]{1,40}| on [\w .'’-]{1,40})?|you (may|might) (also )?(like|enjoy)|recommended( for you| stories| reading)?|(most )?(read|popular|viewed|shared)( now| stories)?|trending( now| stories)?|latest( news| stories| headlines)?|don'?t miss|must read|read (next|more|also)|see also|also (read|on [\w .'’-]{1,40})|in case you missed it|top stories|editor'?s picks|story timeline|about the author|more from (the )?author|watch (more|next))\W*$/i;
const HEADING_TAGS = /^(H[1-6]|P|DIV|SPAN|STRONG|B|SECTION|HEADER)$/;

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function isLinkBlock(el: Element): boolean {
  const text = textOf(el);
  if (!text) return !el.querySelector('p');
  return linkShare(el, text.length) > 0.5;
}

/** Removes a "related"-style heading and the teaser links or lists right after it. */
function removeRelatedSection(heading: Element): void {
  let next = heading.nextElementSibling;
  for (let i = 0; next && i < 15 && isLinkBlock(next); i++) {
    const after = next.nextElementSibling;
    next.remove();
    next = after;
  }
  const parent = heading.parentElement;
  heading.remove();
  // A wrapper holding only the heading and links (`<div><h3>Related</h3><a>..</a></div>`).
  if (parent && parent.tagName.toUpperCase() !== 'BODY') {
    const rest = textOf(parent);
    if (!rest || linkShare(parent, rest.length) > 0.6) parent.remove();
  }
}

function removeMediaFigures(root: Element): void {
  for (const figure of Array.from(root.querySelectorAll('figure, picture, video, audio, iframe, svg'))) {
    if (figure.querySelector('blockquote, table') && textOf(figure).length > 200) continue;
    figure.remove();
  }
}

/** Lists in which every item is nothing but a link (teaser lists, tag lists, nav leftovers). */
function removeLinkLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children).filter((c) => c.tagName.toUpperCase() === 'LI');
    const allLinks = items.every((li) => {
      const text = textOf(li);
      return !text || linkShare(li, text.length) >= 0.9;
    });
    if (items.length > 0 && allLinks) list.remove();
  }
}

/**
 * Paragraphs that are nothing but a link set in capitals: the inline "read this too" teasers
 * news sites drop between paragraphs (`<p><a>SEAN SPICER ELIMINATED FROM ...</a></p>`).
 */
function removeShoutedLinkParagraphs(root: Element): void {
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const text = textOf(p);
    if (!text || text.length > 150 || /\p{Ll}/u.test(text) || text.split(' ').length < 4) continue;
    if (linkShare(p, text.length) >= 0.9) p.remove();
  }
}

/** Removes related-link sections, link lists and media figures under `root`. */
export function removeRelatedBlocks(root: Element): void {
  removeMediaFigures(root);
  const candidates = Array.from(
    root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, span, strong, b, section, header'),
  );
  for (const el of candidates.slice(0, 5_000)) {
    if (!root.contains(el) || !HEADING_TAGS.test(el.tagName.toUpperCase())) continue;
    const text = textOf(el);
    if (text.length > 0 && text.length < 60 && RELATED_HEADING.test(text)) removeRelatedSection(el);
  }
  removeLinkLists(root);
  removeShoutedLinkParagraphs(root);
}
