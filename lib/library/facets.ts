/**
 * The choices the filters offer: publishers, organizations and tags that occur in the library,
 * with how many clippings and notes each covers, most first. Tags come from the catalog's running
 * counts; publishers and organizations from one pass over articles.
 */
import { isAlive, type Catalog } from './catalog';

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface LibraryFacets {
  publishers: Facet[];
  organizations: Facet[];
  tags: Facet[];
}

type Counts = Map<string, { label: string; count: number }>;

function top(counts: Counts, limit: number): Facet[] {
  return [...counts]
    .map(([value, { label, count }]) => ({ value, label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .slice(0, limit);
}

function bump(counts: Counts, value: string, label: string, by: number): void {
  const known = counts.get(value);
  if (known) known.count += by;
  else counts.set(value, { label, count: by });
}

/** Counts facets over live docs. */
export function collectFacets(catalog: Catalog, limit = 500): LibraryFacets {
  const publishers: Counts = new Map();
  const organizations: Counts = new Map();
  for (const page of catalog.pages) {
    let live = 0;
    for (const d of page.docs) if (isAlive(catalog, d)) live++;
    if (live === 0) continue;
    const label = page.publisherName
      ? `${page.publisherName} (${page.publisherDomain})`
      : page.publisherDomain;
    bump(publishers, page.publisherDomain, label, live);
    for (const org of page.organizations) bump(organizations, org, org, live);
  }
  const tags: Counts = new Map([...catalog.tagCounts].map(([tag, count]) => [tag, { label: tag, count }]));
  return {
    publishers: top(publishers, limit),
    organizations: top(organizations, limit),
    tags: top(tags, limit),
  };
}
