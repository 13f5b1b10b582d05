import type { PageContext } from '../lib/models/page-context';

export interface ArticleSummaryProps {
  context: PageContext;
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' }) : null;
}

/** Who published the article and what it is: site name and domain, title, byline, date. */
export function ArticleSummary({ context }: ArticleSummaryProps) {
  const article = context.article;
  const published = formatDate(article?.publishedTime ?? null);
  return (
    <div class="summary">
      <h1 class="title" data-testid="article-title">
        {article?.title ?? ''}
      </h1>
      <p class="meta">
        {article?.byline ? (
          <span data-testid="byline">{article.byline}</span>
        ) : (
          <span class="muted">No byline</span>
        )}
        {published && <span> · {published}</span>}
        {article?.kind && <span> · {article.kind}</span>}
      </p>
    </div>
  );
}
