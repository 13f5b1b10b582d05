/**
 * A library view: the query, filters, sort and grouping, kept in the page's URL query string so a
 * view can be bookmarked. Parsing never throws: unknown or malformed parameters are dropped.
 */
export const SORTS = ['newest', 'oldest', 'article'] as const;
export const GROUPS = ['article', 'stream'] as const;
export const KINDS = ['all', 'clippings', 'notes'] as const;

/** What the library shows. Plain checks rather than zod: this runs before the first paint. */
export interface LibraryView {
  q: string;
  publisher: string | null;
  org: string | null;
  tag: string | null;
  /** First day included, YYYY-MM-DD (local time). */
  from: string | null;
  /** Last day included, YYYY-MM-DD (local time). */
  to: string | null;
  note: boolean;
  orphaned: boolean;
  kind: (typeof KINDS)[number];
  sort: (typeof SORTS)[number];
  group: (typeof GROUPS)[number];
}

/** The default view: everything, newest first, grouped by article. */
export const DEFAULT_VIEW: LibraryView = {
  q: '',
  publisher: null,
  org: null,
  tag: null,
  from: null,
  to: null,
  note: false,
  orphaned: false,
  kind: 'all',
  sort: 'newest',
  group: 'article',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** Reads a view from a URL query string (`?q=…&tag=…`); malformed parameters fall back to defaults. */
export function parseView(search: string): LibraryView {
  const params = new URLSearchParams(search);
  const text = (name: string, max: number): string | null => {
    const value = params.get(name);
    return value && value.length <= max ? value : null;
  };
  const day = (name: string): string | null => {
    const value = params.get(name);
    return value && DAY.test(value) ? value : null;
  };
  return {
    q: (params.get('q') ?? '').slice(0, 500),
    publisher: text('publisher', 253),
    org: text('org', 2_000),
    tag: text('tag', 64),
    from: day('from'),
    to: day('to'),
    note: params.get('note') === '1',
    orphaned: params.get('orphaned') === '1',
    kind: oneOf(KINDS, params.get('kind'), DEFAULT_VIEW.kind),
    sort: oneOf(SORTS, params.get('sort'), DEFAULT_VIEW.sort),
    group: oneOf(GROUPS, params.get('group'), DEFAULT_VIEW.group),
  };
}

/** Writes a view as a query string, leaving out what is at its default (`""` for the default view). */
export function formatView(view: LibraryView): string {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  for (const key of ['publisher', 'org', 'tag', 'from', 'to'] as const) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  if (view.note) params.set('note', '1');
  if (view.orphaned) params.set('orphaned', '1');
  if (view.kind !== DEFAULT_VIEW.kind) params.set('kind', view.kind);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.group !== DEFAULT_VIEW.group) params.set('group', view.group);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The day after `day` (YYYY-MM-DD), calendar arithmetic only. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/**
 * The [start, end] milliseconds of a view's date range; `toLocalDayStartMs` turns a YYYY-MM-DD day
 * into the milliseconds of its local midnight (the page passes one that uses its time zone).
 */
export function viewRangeMs(
  view: Pick<LibraryView, 'from' | 'to'>,
  toLocalDayStartMs: (day: string) => number,
): { fromMs: number | null; toMs: number | null } {
  return {
    fromMs: view.from ? toLocalDayStartMs(view.from) : null,
    toMs: view.to ? toLocalDayStartMs(nextDay(view.to)) - 1 : null,
  };
}
