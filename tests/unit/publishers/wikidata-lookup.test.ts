import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupWikidata, toOpenData, type LookupOptions } from '../../../lib/publishers/wikidata/lookup';
import { buildSiteQuery, siteVariants } from '../../../lib/publishers/wikidata/endpoints';
import { OpenDataSchema } from '../../../lib/publishers/wikidata/facts-schema';
import { startWikidataMock, type MockScenario, type WikidataMock } from '../../tools/wikidata-mock';

const NOW_MS = 1_714_564_800_000;
const UA = 'SourceContext/0.1.0 (tests)';

const SCENARIOS: Record<string, MockScenario> = {
  'harbourgazette.co.uk': { kind: 'found', fixture: 'harbour-gazette' },
  'aravia-focus.org': { kind: 'found', fixture: 'aravia-focus' },
  'unknown-paper.org': { kind: 'not-found' },
  'busy-paper.org': { kind: 'rate-limited', retryAfter: '90' },
  'slow-paper.org': { kind: 'slow', delayMs: 5_000 },
  'broken-paper.org': { kind: 'malformed' },
  'shape-paper.org': { kind: 'malformed', body: '{"results": {"bindings": "none"}}' },
};

let mock: WikidataMock;
let options: LookupOptions;

beforeAll(async () => {
  mock = await startWikidataMock(SCENARIOS);
  options = { fetch, now: () => NOW_MS, timeoutMs: 1_000, userAgent: UA, endpoints: mock.endpoints };
});
afterAll(async () => {
  await mock.close();
});

describe('lookupWikidata against the offline mock', () => {
  it('finds the item by official website and reads labelled, sourced facts', async () => {
    const result = await lookupWikidata('harbourgazette.co.uk', options);
    if (!result.ok) throw new Error(`lookup failed: ${result.error}`);
    const { facts } = result;
    expect(result.fetchedAtMs).toBe(NOW_MS);
    expect(facts).toMatchObject({ qid: 'Q99990001', label: 'The Harbour Gazette', candidates: 2 });
    expect(facts.url).toBe('https://www.wikidata.org/wiki/Q99990001');
    const byProperty = (p: string) => facts.facts.filter((f) => f.property === p).map((f) => f.value);
    expect(byProperty('P31')).toEqual(['newspaper', 'online newspaper']);
    expect(byProperty('P127')).toEqual(['Tidewater Media Group']); // preferred only; deprecated never
    expect(byProperty('P749')).toEqual(['Tidewater Holdings']);
    expect(byProperty('P17')).toEqual(['United Kingdom']); // somevalue and a bad id dropped
    expect(byProperty('P571')).toEqual(['1889']);
    expect(byProperty('P1142')).toEqual(['localism']);
    for (const fact of facts.facts) {
      expect(fact.source).toBe('wikidata');
      expect(fact.url).toBe(`https://www.wikidata.org/wiki/Q99990001#${fact.property}`);
    }
    expect(facts.wikipedia).toMatchObject({
      title: 'The Harbour Gazette',
      source: 'wikipedia',
      url: 'https://en.wikipedia.org/wiki/The_Harbour_Gazette',
    });
    expect(OpenDataSchema.safeParse(toOpenData(result)).success).toBe(true);
  });

  it('keeps a QID when an item has no English label, and no Wikipedia without a sitelink', async () => {
    const result = await lookupWikidata('aravia-focus.org', options);
    if (!result.ok) throw new Error(`lookup failed: ${result.error}`);
    expect(result.facts.label).toBe('Aravia Focus'); // the "mul" label
    expect(result.facts.facts).toContainEqual(
      expect.objectContaining({ property: 'P17', value: 'Q99990023' }),
    );
    expect(result.facts.facts).toContainEqual(
      expect.objectContaining({ property: 'P127', value: 'National Resistance Council of Aravia (NRCA)' }),
    );
    expect(result.facts.wikipedia).toBeNull();
  });

  it.each([
    ['unknown-paper.org', { ok: false, error: 'not-found' }],
    ['busy-paper.org', { ok: false, error: 'rate-limited', retryAfterMs: 90_000 }],
    ['slow-paper.org', { ok: false, error: 'timeout' }],
    ['broken-paper.org', { ok: false, error: 'malformed' }],
    ['shape-paper.org', { ok: false, error: 'malformed' }],
    ['localhost', { ok: false, error: 'not-found' }],
    ['127.0.0.1', { ok: false, error: 'not-found' }],
  ])('%s -> %j', async (domain, expected) => {
    const result = await lookupWikidata(domain, { ...options, timeoutMs: 300 });
    expect(result).toEqual({ ...expected, fetchedAtMs: NOW_MS });
    expect(toOpenData(result)).toEqual(
      expected.error === 'not-found' ? { status: 'not-found', facts: null, fetchedAtMs: NOW_MS } : null,
    );
  });

  it('identifies itself on every request and asks for the exact website IRIs', async () => {
    const before = mock.requests.length;
    await lookupWikidata('harbourgazette.co.uk', options);
    const requests = mock.requests.slice(before);
    expect(requests.map((r) => r.step)).toEqual(['sparql', 'entities', 'labels', 'summary']);
    for (const request of requests) expect(request.apiUserAgent).toBe(UA);
    const query = new URL(requests[0]!.url).searchParams.get('query') ?? '';
    for (const iri of siteVariants('harbourgazette.co.uk')) expect(query).toContain(`<${iri}>`);
    expect(query).not.toMatch(/FILTER|CONTAINS/);
    expect(new URL(requests[1]!.url).searchParams.get('props')).toBe(
      'labels|descriptions|claims|sitelinks/urls',
    );
  });

  it('refuses to build a query for a name that could inject SPARQL', () => {
    expect(() => buildSiteQuery('evil.org> } ?x ?y ?z { <x')).toThrow(RangeError);
  });
});

describe('failures after the item is found', () => {
  it.each([
    ['entities', { kind: 'rate-limited', step: 'entities', fixture: 'harbour-gazette' }, 'rate-limited'],
    ['labels', { kind: 'rate-limited', step: 'labels', fixture: 'harbour-gazette' }, 'rate-limited'],
    ['summary', { kind: 'slow', delayMs: 5_000, step: 'summary', fixture: 'harbour-gazette' }, 'timeout'],
    ['entities', { kind: 'malformed', step: 'entities', fixture: 'harbour-gazette' }, 'malformed'],
  ] as const)('%s: %j -> %s', async (_step, scenario, error) => {
    const local = await startWikidataMock({ 'harbourgazette.co.uk': scenario });
    try {
      const result = await lookupWikidata('harbourgazette.co.uk', {
        ...options,
        timeoutMs: 300,
        endpoints: local.endpoints,
      });
      expect(result).toMatchObject({ ok: false, error });
    } finally {
      await local.close();
    }
  });

  it.each([
    ['labels', { kind: 'malformed', step: 'labels', fixture: 'harbour-gazette' }],
    ['summary', { kind: 'malformed', step: 'summary', fixture: 'harbour-gazette' }],
  ] as const)('a malformed %s answer only drops that part', async (step, scenario) => {
    const local = await startWikidataMock({ 'harbourgazette.co.uk': scenario });
    try {
      const result = await lookupWikidata('harbourgazette.co.uk', { ...options, endpoints: local.endpoints });
      if (!result.ok) throw new Error(`lookup failed: ${result.error}`);
      if (step === 'labels') expect(result.facts.facts[0]?.value).toBe('Q11032');
      else expect(result.facts.wikipedia).toBeNull();
    } finally {
      await local.close();
    }
  });

  it('reports a network error when nothing listens', async () => {
    const local = await startWikidataMock({});
    await local.close();
    const result = await lookupWikidata('harbourgazette.co.uk', { ...options, endpoints: local.endpoints });
    expect(result).toEqual({ ok: false, error: 'network', fetchedAtMs: NOW_MS });
  });
});
