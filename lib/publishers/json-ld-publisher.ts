/**
 * Which JSON-LD node is the publisher, and what it says about itself. Decides: the `publisher`
 * of the article node (resolving `@id` references into `@graph`), else an Organization of the
 * same site, else a NewsMediaOrganization; plus the article's authors and the WebSite name.
 * Pinned by tests/fixtures/publishers/pages/full-json-ld.html and the hostile JSON-LD tests.
 */
import { collectJsonLdNodes, isNode, readKey, type JsonLdNode } from './json-ld-nodes';
import { listOf, readId, readText, readTypes, readUrls } from './json-ld-values';
import { registrableDomain } from './domain';

/** An author as JSON-LD states it; `isPerson` is null when no type is given. */
export interface JsonLdAuthor {
  name: string;
  isPerson: boolean | null;
}

/** What the page's JSON-LD says about its publisher (all URLs are http(s)). */
export interface JsonLdPublisher {
  name: string | null;
  websiteName: string | null;
  url: string | null;
  logo: string | null;
  sameAs: string[];
  policyLinks: { kind: string; url: string }[];
  authors: JsonLdAuthor[];
}

/** schema.org NewsMediaOrganization policy properties, by the link kind they give. */
const POLICY_PROPERTIES: [string, string][] = [
  ['masthead', 'masthead'],
  ['ethicsPolicy', 'ethics'],
  ['publishingPrinciples', 'ethics'],
  ['correctionsPolicy', 'corrections'],
  ['ownershipFundingInfo', 'ownership'],
  ['verificationFactCheckingPolicy', 'fact-checking'],
  ['unnamedSourcesPolicy', 'unnamed-sources'],
  ['noBylinesPolicy', 'no-bylines'],
  ['diversityPolicy', 'diversity'],
  ['actionableFeedbackPolicy', 'feedback'],
  ['missionCoveragePrioritiesPolicy', 'mission'],
];

const ARTICLE_TYPE = /(Article|Posting|Report)$/;
const ORG_TYPE = /(Organization|Corporation|NGO|Business)$/;
const PERSON_TYPE = /^Person$/;

function hasType(node: JsonLdNode, pattern: RegExp): boolean {
  return readTypes(node).some((type) => pattern.test(type));
}

function indexById(nodes: JsonLdNode[]): Map<string, JsonLdNode> {
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = readId(node);
    // A bare `{"@id": ...}` is a reference, not the node it points to.
    if (id && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  return byId;
}

function resolve(value: unknown, byId: Map<string, JsonLdNode>): unknown {
  const id = readId(value);
  return (id && byId.get(id)) ?? value;
}

function findPublisherNode(nodes: JsonLdNode[], byId: Map<string, JsonLdNode>, pageUrl: string): unknown {
  const domain = registrableDomain(pageUrl);
  const withPublisher =
    nodes.find((n) => hasType(n, ARTICLE_TYPE) && readKey(n, 'publisher') !== undefined) ??
    nodes.find((n) => readKey(n, 'publisher') !== undefined);
  const declared = withPublisher ? resolve(listOf(readKey(withPublisher, 'publisher'), 5)[0], byId) : null;
  if (isNode(declared) || typeof declared === 'string') return declared;
  const sameSite = (n: JsonLdNode) =>
    readUrls(readKey(n, 'url'), pageUrl, 1).some((u) => registrableDomain(u) === domain);
  return (
    nodes.find((n) => hasType(n, ORG_TYPE) && sameSite(n)) ??
    nodes.find((n) => hasType(n, /^NewsMediaOrganization$/)) ??
    null
  );
}

function readAuthors(nodes: JsonLdNode[], byId: Map<string, JsonLdNode>): JsonLdAuthor[] {
  const article = nodes.find((n) => hasType(n, ARTICLE_TYPE) && readKey(n, 'author') !== undefined);
  if (!article) return [];
  const authors: JsonLdAuthor[] = [];
  for (const item of listOf(readKey(article, 'author'), 50)) {
    const value = resolve(item, byId);
    const name = readText(isNode(value) ? readKey(value, 'name') : value);
    if (!name) continue;
    const isPerson = !isNode(value)
      ? null
      : hasType(value, PERSON_TYPE)
        ? true
        : hasType(value, ORG_TYPE)
          ? false
          : null;
    authors.push({ name, isPerson });
  }
  return authors;
}

function readPolicyLinks(node: JsonLdNode, base: string): { kind: string; url: string }[] {
  const links: { kind: string; url: string }[] = [];
  for (const [property, kind] of POLICY_PROPERTIES) {
    const link = readUrls(readKey(node, property), base, 1)[0];
    if (link && !links.some((l) => l.kind === kind)) links.push({ kind, url: link });
  }
  return links;
}

/** Reads the page's JSON-LD publisher, authors and WebSite name; bounded and hostile-safe. */
export function readJsonLdPublisher(doc: Document, url: string): JsonLdPublisher {
  const nodes = collectJsonLdNodes(doc);
  const byId = indexById(nodes);
  const found = findPublisherNode(nodes, byId, url);
  const node = isNode(found) ? found : null;
  const website = nodes.find((n) => hasType(n, /^WebSite$/));
  return {
    name: node ? readText(readKey(node, 'name')) : readText(found),
    websiteName: website ? readText(readKey(website, 'name')) : null,
    url: node ? (readUrls(readKey(node, 'url'), url, 1)[0] ?? null) : null,
    logo: node ? (readUrls(resolve(readKey(node, 'logo'), byId), url, 1)[0] ?? null) : null,
    sameAs: node ? readUrls(readKey(node, 'sameAs'), url, 50) : [],
    policyLinks: node ? readPolicyLinks(node, url) : [],
    authors: readAuthors(nodes, byId),
  };
}
