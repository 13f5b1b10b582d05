import { describe, expect, it } from 'vitest';
import { readPublisher } from '../../../lib/publishers/from-page';
import { readJsonLdPublisher } from '../../../lib/publishers/json-ld-publisher';
import { collectJsonLdNodes, JSON_LD_LIMITS } from '../../../lib/publishers/json-ld-nodes';
import { buildPage, jsonLdScript, readFixturePage } from './helpers';

const URL_ = 'https://hostile.example/a';

describe('hostile JSON-LD', () => {
  it('drops bad fields one by one and keeps the good ones', () => {
    const publisher = readPublisher(readFixturePage('hostile-json-ld.html'), URL_, null);
    expect(publisher.name).toBe('Fallback Name'); // the JSON-LD name was an object
    expect(publisher.nameSource).toBe('og:site_name');
    expect(publisher.logo).toBeNull(); // javascript: logo dropped
    expect(publisher.sameAs).toEqual([
      'https://en.wikipedia.org/wiki/Hostile_Test_Page',
      'https://t.me/hostiletest',
    ]);
    expect(publisher.links).toContainEqual({
      kind: 'corrections',
      url: 'https://hostile.example/standards/corrections',
    });
    expect(publisher.links?.some((l) => l.kind === 'ethics')).toBe(false);
    expect(publisher.hasPersonalByline).toBe(true); // "Ada Quill" survives 42 and a nested-object name
  });

  it('never keeps a non-http(s) link, nor credentials', () => {
    const publisher = readPublisher(readFixturePage('hostile-json-ld.html'), URL_, null);
    const all = [
      publisher.logo ?? '',
      ...(publisher.sameAs ?? []),
      ...(publisher.links ?? []).map((l) => l.url),
    ];
    for (const url of all.filter(Boolean)) {
      expect(url).toMatch(/^https?:\/\//);
      expect(url).not.toMatch(/secret|javascript|data:|vbscript/);
    }
  });

  it('does not pollute prototypes through __proto__ or constructor keys', () => {
    readPublisher(readFixturePage('hostile-json-ld.html'), URL_, null);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  });

  it('skips scripts over the size cap but still reads the others', () => {
    const huge = {
      '@type': 'Organization',
      name: 'Huge',
      description: 'x'.repeat(JSON_LD_LIMITS.scriptChars),
    };
    const good = { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Small Good Paper' } };
    const doc = buildPage(jsonLdScript(huge) + jsonLdScript(good));
    expect(readJsonLdPublisher(doc, URL_).name).toBe('Small Good Paper');
  });

  it('bounds deep nesting and wide graphs', () => {
    const org = JSON.stringify({
      '@type': 'Organization',
      name: 'Too Deep',
      url: 'https://hostile.example/',
    });
    const depth = 50_000;
    const deep = `${'{"child":'.repeat(depth)}${org}${'}'.repeat(depth)}`;
    const wide = {
      '@graph': Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Thing', name: `n${i}` })),
    };
    const started = performance.now();
    const doc = buildPage(`<script type="application/ld+json">${deep}</script>${jsonLdScript(wide)}`);
    const nodes = collectJsonLdNodes(doc);
    expect(nodes.length).toBeLessThanOrEqual(JSON_LD_LIMITS.nodes);
    expect(readJsonLdPublisher(doc, URL_).name).toBeNull(); // the organization is below the depth cap
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('resolves @id references into @graph and reads types with prefixes', () => {
    const graph = {
      '@graph': [
        { '@type': 'schema:NewsArticle', author: { '@id': '#jane' }, publisher: { '@id': '#org' } },
        { '@id': '#jane', '@type': 'https://schema.org/Person', name: 'Jane Okafor' },
        {
          '@id': '#org',
          '@type': 'NewsMediaOrganization',
          name: '  Graph   Times ',
          logo: ['javascript:x', '/l.png'],
        },
      ],
    };
    const result = readJsonLdPublisher(buildPage(jsonLdScript(graph)), URL_);
    expect(result.name).toBe('Graph Times');
    expect(result.logo).toBe('https://hostile.example/l.png');
    expect(result.authors).toEqual([{ name: 'Jane Okafor', isPerson: true }]);
  });

  it.each([
    ['a string publisher', { '@type': 'Article', publisher: 'String Publisher' }, 'String Publisher'],
    [
      'an Organization of the same site',
      { '@type': 'Organization', name: 'Same Site', url: '/' },
      'Same Site',
    ],
    [
      'no Organization of another site',
      { '@type': 'Organization', name: 'NGO', url: 'https://ngo.example.net/' },
      null,
    ],
    ['a {"@value"} name', { '@type': 'NewsMediaOrganization', name: { '@value': 'Valued' } }, 'Valued'],
    ['a numeric name', { '@type': 'NewsMediaOrganization', name: 12 }, null],
  ])('publisher from %s', (_label, data, name) => {
    expect(readJsonLdPublisher(buildPage(jsonLdScript(data)), URL_).name).toBe(name);
  });
});
