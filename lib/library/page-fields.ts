/**
 * An article's searchable fields for its index entry: from the stored article when there is one
 * (title, publisher, the organizations it names and their aliases), else from a clipping, else
 * from the page key alone.
 */
import type { Clipping, PageRecord } from '../storage/records';
import { toSafeHttpUrl } from '../urls';
import type { LibraryPageFields } from './index-entry';
import { indexTokens } from './tokenize';

/** Organizations kept per article (the first ones the article names, by the extractor's order). */
export const MAX_ENTRY_ORGANIZATIONS = 50;

function buildPageFields(
  base: Omit<LibraryPageFields, 'pageTokens'>,
  aliases: readonly string[],
): LibraryPageFields {
  const texts = [
    base.title,
    base.publisherName ?? '',
    base.publisherDomain,
    ...base.organizations,
    ...aliases,
  ];
  return { ...base, pageTokens: indexTokens(texts).join(' ') };
}

/** Page fields from the stored article (title, publisher, organizations and their aliases). */
export function pageFieldsOfRecord(page: PageRecord): LibraryPageFields {
  const orgs = page.context.organizations.slice(0, MAX_ENTRY_ORGANIZATIONS);
  return buildPageFields(
    {
      pageUrl: toSafeHttpUrl(page.context.article?.canonicalUrl) ?? toSafeHttpUrl(page.context.url),
      title: page.context.article?.title ?? '',
      publisherDomain: page.publisherDomain,
      publisherName: page.context.publisher.name ?? page.context.article?.siteName ?? null,
      organizations: orgs.map((o) => o.name),
      hasPageRecord: true,
    },
    orgs.flatMap((o) => o.aliases.slice(0, 10)),
  );
}

/** Page fields from a clipping alone (the article itself was not stored). */
export function pageFieldsOfClipping(clipping: Clipping): LibraryPageFields {
  return buildPageFields(
    {
      pageUrl: toSafeHttpUrl(clipping.canonicalUrl) ?? toSafeHttpUrl(clipping.pageUrl),
      title: clipping.title,
      publisherDomain: clipping.publisherDomain,
      publisherName: clipping.publisherName,
      organizations: [],
      hasPageRecord: false,
    },
    [],
  );
}

/** Page fields when nothing but the page key is known (a note on an article never stored). */
export function pageFieldsOfKey(pageKey: string): LibraryPageFields {
  const url = toSafeHttpUrl(pageKey);
  const domain = url ? new URL(url).hostname : '';
  return buildPageFields(
    {
      pageUrl: url,
      title: '',
      publisherDomain: domain,
      publisherName: null,
      organizations: [],
      hasPageRecord: false,
    },
    [],
  );
}
