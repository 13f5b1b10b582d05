import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refreshOpenData, type RetryStore } from '../../../lib/background/open-data';
import { openDb, type Db } from '../../../lib/storage/open';
import { getProfile } from '../../../lib/storage/publishers';
import { startWikidataMock, type WikidataMock } from '../../tools/wikidata-mock';
import { freshIndexedDb } from '../storage/helpers';

let mock: WikidataMock;
let db: Db;
let now = 1_714_564_800_000;

function memoryRetries(): RetryStore & { map: Map<string, { attempt: number; notBeforeMs: number }> } {
  const map = new Map<string, { attempt: number; notBeforeMs: number }>();
  return {
    map,
    get: async (d) => map.get(d) ?? null,
    set: async (d, v) => void (v ? map.set(d, v) : map.delete(d)),
  };
}

beforeAll(async () => {
  mock = await startWikidataMock({
    'harbourgazette.co.uk': { kind: 'found', fixture: 'harbour-gazette' },
    'nowhere.example': { kind: 'not-found' },
    'busy.example': { kind: 'rate-limited', retryAfter: '120' },
  });
});
afterAll(() => mock.close());
beforeEach(async () => {
  freshIndexedDb();
  db = await openDb();
});

const options = () => ({
  fetch,
  now: () => now,
  timeoutMs: 1_000,
  userAgent: 'SourceContext/test',
  endpoints: mock.endpoints,
});

describe('refreshOpenData', () => {
  it('stores found facts once and then serves them from the cache', async () => {
    const retries = memoryRetries();
    expect(await refreshOpenData(db, 'harbourgazette.co.uk', retries, options())).toBe('stored');
    expect((await getProfile(db, 'harbourgazette.co.uk'))?.openData?.status).toBe('found');
    const before = mock.requests.length;
    expect(await refreshOpenData(db, 'harbourgazette.co.uk', retries, options())).toBe('fresh');
    expect(mock.requests.length).toBe(before);
  });

  it('remembers "not found" as an answer', async () => {
    expect(await refreshOpenData(db, 'nowhere.example', memoryRetries(), options())).toBe('stored');
    expect((await getProfile(db, 'nowhere.example'))?.openData?.status).toBe('not-found');
  });

  it('backs off after a 429 for at least the server-given time, and stores nothing', async () => {
    const retries = memoryRetries();
    expect(await refreshOpenData(db, 'busy.example', retries, options())).toBe('failed');
    expect(retries.map.get('busy.example')!.notBeforeMs - now).toBeGreaterThanOrEqual(120_000);
    expect(await refreshOpenData(db, 'busy.example', retries, options())).toBe('backing-off');
    expect(await getProfile(db, 'busy.example')).toBeNull();
    now += 10 * 60_000;
    expect(await refreshOpenData(db, 'busy.example', retries, options())).toBe('failed');
    expect(retries.map.get('busy.example')!.attempt).toBe(2);
  });
});
