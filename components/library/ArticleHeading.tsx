import type { CatalogPage } from '../../lib/library/catalog';
import { toSafeHttpUrl } from '../../lib/urls';

/** Height of an article heading row (px); the virtualized list relies on it. */
export const HEADING_ROW_HEIGHT = 60;

export interface ArticleHeadingProps {
  page: CatalogPage;
  count: number;
  /** Place in the feed (1-based) and the feed's length, as for the rows under it. */
  position: number;
  total: number;
}

/**
 * The heading of an article's group: title (linked when http(s)), publisher, organizations named.
 * An article of the feed itself (a feed holds only articles), labelled by its title.
 */
export function ArticleHeading({ page, count, position, total }: ArticleHeadingProps) {
  const url = toSafeHttpUrl(page.pageUrl);
  const title = page.title || page.pageKey;
  const labelId = `heading-${position}`;
  return (
    <article
      class="article-heading"
      aria-labelledby={labelId}
      aria-posinset={position}
      aria-setsize={total}
      data-testid="library-article"
    >
      <h2 class="article-title" id={labelId} title={title}>
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </h2>
      <p class="small muted article-meta">
        {page.publisherName ? `${page.publisherName} · ${page.publisherDomain}` : page.publisherDomain}
        {` · ${count} saved`}
        {page.organizations.length > 0 && ` · names ${page.organizations.slice(0, 3).join(', ')}`}
      </p>
    </article>
  );
}
