/**
 * Embedded posts quoted by the article (`<blockquote class="twitter-tweet">`, Instagram,
 * TikTok, Facebook embeds) are part of the story, but their wrappers are often named
 * `social-media-embed`, which Readability drops as unlikely content before scoring. This strips
 * the class and id of such wrappers (up to three levels) on the clone, and turns the quote's
 * links (handles, t.co links, the date) into plain text, since Readability also drops
 * link-dense blocks: the quoted words survive, the links do not matter for the text.
 * Pinned by tests/unit/article/protect-embeds.test.ts.
 */

const EMBED_CLASS = /twitter|tweet|instagram|tiktok|facebook|reddit|embed/i;
const RISKY_NAME = /social|media|embed|share|widget|related|promo|sponsor/i;

/** Un-names the wrappers of embedded posts under `root` so Readability keeps them. */
export function protectEmbeddedPosts(root: Element, maxQuotes = 200): void {
  const quotes = root.getElementsByTagName('blockquote');
  for (let i = 0; i < quotes.length && i < maxQuotes; i++) {
    const quote = quotes[i]!;
    if (!EMBED_CLASS.test(quote.getAttribute('class') ?? '')) continue;
    for (const link of Array.from(quote.getElementsByTagName('a'))) {
      link.replaceWith(link.ownerDocument.createTextNode(link.textContent ?? ''));
    }
    let up = quote.parentElement;
    for (let depth = 0; up && depth < 3; depth++, up = up.parentElement) {
      const name = `${up.getAttribute('class') ?? ''} ${up.getAttribute('id') ?? ''}`;
      if (!RISKY_NAME.test(name)) continue;
      up.removeAttribute('class');
      up.removeAttribute('id');
    }
  }
}
