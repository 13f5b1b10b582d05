/**
 * What the per-article exports (Markdown, CSL-JSON, RIS) work from: an article's stored record
 * when there is one, and the reader's clippings and notes on it. Helpers pick the best title,
 * publisher and URL from whichever is present.
 */
import type { Clipping, Note, PageRecord } from '../../storage/records';
import { toSafeHttpUrl } from '../../urls';

export interface ArticleBundle {
  pageKey: string;
  page: PageRecord | null;
  clippings: Clipping[];
  notes: Note[];
}

/** Groups clippings and notes by article (pages are attached later). */
export function groupByArticle(
  clippings: readonly Clipping[],
  notes: readonly Note[],
): Map<string, ArticleBundle> {
  const out = new Map<string, ArticleBundle>();
  const bundle = (pageKey: string): ArticleBundle => {
    let b = out.get(pageKey);
    if (!b) out.set(pageKey, (b = { pageKey, page: null, clippings: [], notes: [] }));
    return b;
  };
  for (const c of clippings) bundle(c.pageKey).clippings.push(c);
  for (const n of notes) bundle(n.pageKey).notes.push(n);
  return out;
}

/** The article's title (stored article, else the first clipping's, else the URL). */
export function bundleTitle(b: ArticleBundle): string {
  return b.page?.context.article?.title || b.clippings[0]?.title || b.pageKey;
}

/** The publisher's display name, or null. */
export function bundlePublisherName(b: ArticleBundle): string | null {
  return (
    b.page?.context.publisher.name ??
    b.page?.context.article?.siteName ??
    b.clippings[0]?.publisherName ??
    null
  );
}

/** The publisher's registrable domain. */
export function bundlePublisherDomain(b: ArticleBundle): string {
  return b.page?.publisherDomain ?? b.clippings[0]?.publisherDomain ?? '';
}

/** The article's http(s) URL (canonical first), or null. */
export function bundleUrl(b: ArticleBundle): string | null {
  const article = b.page?.context.article;
  return (
    toSafeHttpUrl(article?.canonicalUrl) ??
    toSafeHttpUrl(b.page?.context.url) ??
    toSafeHttpUrl(b.clippings[0]?.canonicalUrl) ??
    toSafeHttpUrl(b.clippings[0]?.pageUrl) ??
    toSafeHttpUrl(b.pageKey)
  );
}

/** Authors of the article: its author list, else its byline, else none. */
export function bundleAuthors(b: ArticleBundle): string[] {
  const article = b.page?.context.article;
  if (article?.authors.length) return article.authors;
  return article?.byline ? [article.byline.replace(/^by\s+/i, '')] : [];
}

/** Published date as [year, month, day] (month and day when known), or null. */
export function bundleIssued(b: ArticleBundle): number[] | null {
  const raw = b.page?.context.article?.publishedTime;
  const match = raw ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(raw) : null;
  if (!match) return null;
  return [match[1], match[2], match[3]].filter((p): p is string => p !== undefined).map(Number);
}

/** When the reader first saved something on the article (ms). */
export function bundleSavedAtMs(b: ArticleBundle): number {
  const times = [...b.clippings.map((c) => c.createdAtMs), ...b.notes.map((n) => n.createdAtMs)];
  return times.length ? Math.min(...times) : (b.page?.firstSeenAtMs ?? 0);
}

/** YYYY-MM-DD of a UTC time in ms. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
