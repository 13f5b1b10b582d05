/**
 * Publication and modification times, each with its source: JSON-LD datePublished /
 * dateModified, article:published_time / article:modified_time and the other common meta
 * names, microdata, `<time pubdate>`, then a date printed near the headline (dateline.ts:
 * `<time datetime>`, "London, 20 Apr", "PUBLISHED: 10:48, Tue, Nov 19, 2019"). Published and modified are read from
 * separate sources and never swapped; a "modified" earlier than "published" is dropped.
 * Pinned by tests/unit/article/dates.test.ts.
 */
import { firstMeta, type MetaTags } from './meta-tags';
import { readVisibleDateline } from './dateline';
import { parseDate } from './parse-date';

/** An ISO 8601 time and where it came from. */
export interface DatedValue {
  value: string | null;
  source: string | null;
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publishdate',
  'pubdate',
  'og:pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'date',
  'article.published',
  'cxenseparse:recs:publishtime',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:article:modified_time',
  'datemodified',
  'og:updated_time',
  'lastmod',
  'last-modified',
  'dcterms.modified',
  'article.updated',
];
function fromElements(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector);
  return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null;
}

function yearOfUrl(url: string): number | null {
  const match = url.match(/\/(19[89]\d|20[0-4]\d)\//);
  return match ? +match[1]! : null;
}

function instant(iso: string): number {
  return Date.parse(/T/.test(iso) ? iso : `${iso}T00:00:00Z`);
}

/** Published and modified times of the page, each ISO 8601 with its source. */
export function readDates(
  doc: Document,
  meta: MetaTags,
  jsonLd: { published: string | null; modified: string | null },
  url: string,
  headline: Element | null,
): { published: DatedValue; modified: DatedValue } {
  const year = yearOfUrl(url);
  const pick = (candidates: [string | null, string][]): DatedValue => {
    for (const [raw, source] of candidates) {
      const value = parseDate(raw, year);
      if (value) return { value, source };
    }
    return { value: null, source: null };
  };
  const published = pick([
    [jsonLd.published, 'json-ld'],
    [firstMeta(meta, PUBLISHED_KEYS)?.value ?? null, 'meta'],
    [fromElements(doc, '[itemprop~="datePublished"]'), 'microdata'],
    [fromElements(doc, 'time[pubdate]'), 'time-pubdate'],
  ]);
  if (!published.value) {
    const value = readVisibleDateline(headline, year);
    Object.assign(published, { value, source: value ? 'dateline' : null });
  }
  const modified = pick([
    [jsonLd.modified, 'json-ld'],
    [firstMeta(meta, MODIFIED_KEYS)?.value ?? null, 'meta'],
    [fromElements(doc, '[itemprop~="dateModified"]'), 'microdata'],
  ]);
  if (published.value && modified.value && instant(modified.value) < instant(published.value)) {
    return { published, modified: { value: null, source: null } };
  }
  return { published, modified };
}
