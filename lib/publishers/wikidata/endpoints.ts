/**
 * The request forms for a domain lookup (see the Wikimedia request notes in the project's
 * publisher docs): a WDQS query matching P856 (official website) against the exact IRIs a site is
 * usually entered as, then wbgetentities for the item and for the labels of the items it
 * points to, then the English Wikipedia REST summary. Base URLs are options so tests can point
 * the client at a local mock.
 */

/** Where each service lives. */
export interface WikimediaEndpoints {
  /** WDQS SPARQL endpoint. */
  sparqlUrl: string;
  /** Wikidata Action API (api.php). */
  wikidataApiUrl: string;
  /** English Wikipedia REST v1 base (…/api/rest_v1). */
  wikipediaRestUrl: string;
}

export const WIKIMEDIA_ENDPOINTS: WikimediaEndpoints = {
  sparqlUrl: 'https://query.wikidata.org/sparql',
  wikidataApiUrl: 'https://www.wikidata.org/w/api.php',
  wikipediaRestUrl: 'https://en.wikipedia.org/api/rest_v1',
};

/** Public page of a Wikidata item (what facts link to; not an API URL). */
export const WIKIDATA_ITEM_PAGE = 'https://www.wikidata.org/wiki/';

const DOMAIN =
  /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** True for a lower-case DNS name with a real-looking TLD (no IPs, no localhost). */
export function isLookupDomain(domain: string): boolean {
  return DOMAIN.test(domain);
}

/** The 8 IRIs a site's P856 is usually entered as: http(s), with or without www., with or without "/". */
export function siteVariants(domain: string): string[] {
  const variants: string[] = [];
  for (const scheme of ['https', 'http']) {
    for (const host of [`www.${domain}`, domain])
      variants.push(`${scheme}://${host}/`, `${scheme}://${host}`);
  }
  return variants;
}

/** The WDQS query for items whose official website is one of the domain's variants. */
export function buildSiteQuery(domain: string): string {
  if (!isLookupDomain(domain)) throw new RangeError(`not a lookup domain: ${domain}`);
  const values = siteVariants(domain)
    .map((iri) => `<${iri}>`)
    .join(' ');
  return (
    `SELECT ?item ?site ?sitelinks WHERE { VALUES ?site { ${values} } ?item wdt:P856 ?site . ` +
    'OPTIONAL { ?item wikibase:sitelinks ?sitelinks } } LIMIT 50'
  );
}

/** GET URL of the WDQS query. */
export function buildSparqlUrl(endpoints: WikimediaEndpoints, domain: string): string {
  const url = new URL(endpoints.sparqlUrl);
  url.searchParams.set('format', 'json');
  url.searchParams.set('query', buildSiteQuery(domain));
  return url.href;
}

/** GET URL of wbgetentities for up to 50 ids; `full` adds descriptions, claims and the enwiki link. */
export function buildEntitiesUrl(endpoints: WikimediaEndpoints, ids: string[], full: boolean): string {
  const url = new URL(endpoints.wikidataApiUrl);
  url.searchParams.set('action', 'wbgetentities');
  url.searchParams.set('ids', ids.slice(0, 50).join('|'));
  url.searchParams.set('props', full ? 'labels|descriptions|claims|sitelinks/urls' : 'labels');
  url.searchParams.set('languages', 'en|mul');
  if (full) url.searchParams.set('sitefilter', 'enwiki');
  url.searchParams.set('format', 'json');
  url.searchParams.set('origin', '*');
  return url.href;
}

/** GET URL of the Wikipedia summary for a sitelink title (spaces as underscores, no redirect). */
export function buildSummaryUrl(endpoints: WikimediaEndpoints, title: string): string {
  const base = endpoints.wikipediaRestUrl.replace(/\/+$/, '');
  return `${base}/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}
