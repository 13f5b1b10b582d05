/**
 * Offline Wikidata / Wikipedia mock for unit and e2e tests: a real HTTP server on 127.0.0.1
 * (random port) answering the three request forms the lookup client uses, from fixtures the
 * project wrote (tests/fixtures/publishers/api/<fixture>/{sparql,entities,summary}.json).
 * Per domain it plays found, not found, 429, slow (for timeouts) or malformed, optionally at a
 * later step (entities, labels, summary) so partial failures can be tested too.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WikimediaEndpoints } from '../../lib/publishers/wikidata/endpoints';

export type MockStep = 'sparql' | 'entities' | 'labels' | 'summary';

export type MockScenario =
  | { kind: 'found'; fixture: string }
  | { kind: 'not-found' }
  | { kind: 'rate-limited'; retryAfter?: string; step?: MockStep; fixture?: string }
  | { kind: 'slow'; delayMs: number; step?: MockStep; fixture?: string }
  | { kind: 'malformed'; body?: string; step?: MockStep; fixture?: string };

export interface MockRequest {
  step: MockStep | 'unknown';
  url: string;
  apiUserAgent: string | undefined;
}

export interface WikidataMock {
  baseUrl: string;
  /** Endpoints to pass to `lookupWikidata` as `endpoints`. */
  endpoints: WikimediaEndpoints;
  /** Every request received, in order. */
  requests: MockRequest[];
  close(): Promise<void>;
}

interface Fixture {
  sparql: unknown;
  entities: Record<string, unknown>;
  summary: { title?: string } | null;
}

const FIXTURES = new URL('../fixtures/publishers/api/', import.meta.url);

function loadFixture(name: string): Fixture {
  const read = (file: string) => {
    const url = new URL(`${name}/${file}`, FIXTURES);
    return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as unknown) : null;
  };
  const entities = (read('entities.json') as { entities?: Record<string, unknown> } | null)?.entities ?? {};
  return { sparql: read('sparql.json'), entities, summary: read('summary.json') as Fixture['summary'] };
}

const EMPTY_SPARQL = { head: { vars: ['item', 'site', 'sitelinks'] }, results: { bindings: [] } };
const NOT_FOUND = { type: 'not_found', title: 'Not found.', detail: 'Page or revision not found.' };
/** Extension pages fetch cross-origin with `Api-User-Agent`, so e2e runs need CORS and preflights. */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'Api-User-Agent, Accept',
  'access-control-expose-headers': 'Retry-After',
};

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.destroyed) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...CORS, ...headers });
  res.end(text);
}

/** Starts the mock; `scenarios` maps registrable domains to what the mock plays for them. */
export async function startWikidataMock(scenarios: Record<string, MockScenario>): Promise<WikidataMock> {
  const fixtures = new Map<string, { fixture: Fixture; scenario: MockScenario }>();
  for (const scenario of Object.values(scenarios)) {
    if ('fixture' in scenario && scenario.fixture && !fixtures.has(scenario.fixture)) {
      fixtures.set(scenario.fixture, { fixture: loadFixture(scenario.fixture), scenario });
    }
  }
  const requests: MockRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const holding = (id: string) =>
    [...fixtures.values()].find(({ fixture }) => Object.hasOwn(fixture.entities, id));

  function play(
    scenario: MockScenario | undefined,
    step: MockStep,
    res: ServerResponse,
    ok: () => void,
  ): void {
    const failing = scenario && scenario.kind !== 'found' && scenario.kind !== 'not-found';
    if (!failing || (scenario.step ?? 'sparql') !== step) return ok();
    if (scenario.kind === 'rate-limited') {
      return send(res, 429, 'Too Many Requests', {
        'retry-after': scenario.retryAfter ?? '120',
        'content-type': 'text/plain',
      });
    }
    if (scenario.kind === 'malformed') return send(res, 200, scenario.body ?? '{"results": {"bindings": [');
    const timer = setTimeout(() => {
      timers.delete(timer);
      ok();
    }, scenario.delayMs);
    timers.add(timer);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const header = req.headers['api-user-agent'];
    const log = (step: MockRequest['step']) =>
      requests.push({ step, url: url.href, apiUserAgent: Array.isArray(header) ? header[0] : header });
    if (req.method === 'OPTIONS') return send(res, 204, '');
    if (url.pathname === '/sparql') {
      const domain =
        /<https?:\/\/(?:www\.)?([^/>]+)\/?>/.exec(url.searchParams.get('query') ?? '')?.[1] ?? '';
      const scenario = scenarios[domain];
      log('sparql');
      const fixture =
        scenario && 'fixture' in scenario && scenario.fixture ? fixtures.get(scenario.fixture) : undefined;
      return play(scenario, 'sparql', res, () => send(res, 200, fixture?.fixture.sparql ?? EMPTY_SPARQL));
    }
    if (url.pathname === '/w/api.php' && url.searchParams.get('action') === 'wbgetentities') {
      const ids = (url.searchParams.get('ids') ?? '').split('|').filter(Boolean);
      const step: MockStep = (url.searchParams.get('props') ?? '').includes('claims') ? 'entities' : 'labels';
      log(step);
      const entities: Record<string, unknown> = {};
      for (const id of ids) entities[id] = holding(id)?.fixture.entities[id] ?? { id, missing: '' };
      const owner = ids.map(holding).find(Boolean);
      return play(owner?.scenario, step, res, () => send(res, 200, { entities, success: 1 }));
    }
    const summaryPath = /^\/api\/rest_v1\/page\/summary\/(.+)$/.exec(url.pathname);
    if (summaryPath?.[1]) {
      const title = decodeURIComponent(summaryPath[1]).replace(/_/g, ' ');
      log('summary');
      const owner = [...fixtures.values()].find(({ fixture }) => fixture.summary?.title === title);
      if (!owner) return send(res, 404, NOT_FOUND, { 'content-type': 'application/problem+json' });
      return play(owner.scenario, 'summary', res, () => send(res, 200, owner.fixture.summary));
    }
    log('unknown');
    send(res, 400, { error: { code: 'badrequest', info: 'The mock does not serve this request.' } });
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    endpoints: {
      sparqlUrl: `${baseUrl}/sparql`,
      wikidataApiUrl: `${baseUrl}/w/api.php`,
      wikipediaRestUrl: `${baseUrl}/api/rest_v1`,
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
