import { describe, expect, it } from 'vitest';
import { applyPackEntry, planPackImport } from '../../../lib/publishers/pack-import';
import { exportPack } from '../../../lib/publishers/pack-export';
import { PublisherPackSchema } from '../../../lib/publishers/pack-schema';
import {
  createProfile,
  PublisherProfileSchema,
  type PublisherProfile,
} from '../../../lib/publishers/profile';
import { addAffiliation, setReaderText } from '../../../lib/publishers/reader-fields';

const NOW_MS = 1_700_000_000_000;

function pack(publishers: unknown[]): unknown {
  return { format: 'source-context-publisher-pack', version: 1, publishers };
}

function stored(): Map<string, PublisherProfile> {
  const readerEdited = setReaderText(createProfile('aravia-focus.org', 0), 'label', 'advocacy site', 10);
  const packEdited = applyPackEntry(undefined, { domain: 'valleyherald.com', label: 'local paper' }, 20);
  const untouched = createProfile('harbourgazette.co.uk', 0);
  return new Map([readerEdited, packEdited, untouched].map((p) => [p.domain, p]));
}

describe('planPackImport', () => {
  it('sorts entries into add, update, conflicts, skip and rejected', () => {
    const plan = planPackImport(
      stored(),
      pack([
        { domain: 'new-paper.example.com' }, // 0: not registrable
        { domain: 'newpaper.org', name: 'New Paper' }, // 1: add
        { domain: 'aravia-focus.org', label: 'opposition outlet', notes: 'Run by the NRCA' }, // 2: conflict + update
        { domain: 'valleyherald.com', label: 'local newspaper' }, // 3: pack-set field: update
        { domain: 'harbourgazette.co.uk' }, // 4: nothing to change
        { domain: 'newpaper.org', name: 'Again' }, // 5: duplicate
        { domain: 'bad.org', affiliations: [{ organization: 'X', sourceUrl: 'javascript:alert(1)' }] }, // 6
        'not an object', // 7
        { domain: 'WWW.Harbourgazette.co.uk', label: 'town paper' }, // 8: normalized, then a duplicate
      ]),
    );
    expect(plan.valid).toBe(true);
    expect(plan.add).toEqual([{ domain: 'newpaper.org', name: 'New Paper' }]);
    expect(plan.update).toEqual([
      { entry: expect.objectContaining({ domain: 'aravia-focus.org' }), fields: ['notes'] },
      { entry: { domain: 'valleyherald.com', label: 'local newspaper' }, fields: ['label'] },
    ]);
    expect(plan.conflicts).toEqual([
      { domain: 'aravia-focus.org', field: 'label', current: 'advocacy site', incoming: 'opposition outlet' },
    ]);
    expect(plan.skip).toEqual([
      { domain: 'harbourgazette.co.uk', index: 4, reason: 'unchanged' },
      { domain: 'newpaper.org', index: 5, reason: 'duplicate' },
      { domain: 'harbourgazette.co.uk', index: 8, reason: 'duplicate' },
    ]);
    expect(plan.rejected.map((r) => [r.index, r.path])).toEqual([
      [0, 'publishers[0].domain'],
      [6, 'publishers[6].affiliations[0].sourceUrl'],
      [7, 'publishers[7]'],
    ]);
  });

  it.each([
    ['not an object', 'nope', ''],
    ['another format', { format: 'other', version: 1, publishers: [] }, 'format'],
    ['a future version', { format: 'source-context-publisher-pack', version: 2, publishers: [] }, 'version'],
    ['no publishers', { format: 'source-context-publisher-pack', version: 1 }, 'publishers'],
  ])('rejects %s as a whole', (_label, input, path) => {
    const plan = planPackImport(new Map(), input);
    expect(plan.valid).toBe(false);
    expect(plan.rejected).toEqual([{ index: null, path, reason: expect.any(String) }]);
    expect(plan.add).toEqual([]);
  });

  it('accepts a plain record of profiles too, without reading inherited keys', () => {
    const plan = planPackImport({}, pack([{ domain: 'constructor.org', name: 'C' }]));
    expect(plan.add).toHaveLength(1);
  });
});

describe('applyPackEntry', () => {
  it('never overwrites a reader edit unless told to, and adds new affiliations once', () => {
    const profile = stored().get('aravia-focus.org')!;
    const entry = {
      domain: 'aravia-focus.org',
      label: 'opposition outlet',
      affiliations: [{ organization: 'NRCA' }, { organization: 'nrca' }],
    };
    const kept = applyPackEntry(profile, entry, NOW_MS);
    expect(kept.label).toEqual({ text: 'advocacy site', source: 'reader', updatedAtMs: 10 });
    expect(kept.affiliations).toEqual([{ organization: 'NRCA', source: 'pack', addedAtMs: NOW_MS }]);
    const replaced = applyPackEntry(profile, entry, NOW_MS, ['label']);
    expect(replaced.label).toEqual({ text: 'opposition outlet', source: 'pack', updatedAtMs: NOW_MS });
    expect(PublisherProfileSchema.safeParse(replaced).success).toBe(true);
  });
});

describe('exportPack', () => {
  it('exports reader and pack fields, sorted, and re-imports as adds', () => {
    let aravia = setReaderText(createProfile('aravia-focus.org', 0), 'notes', 'Check claims twice.', 5);
    aravia = addAffiliation(aravia, {
      organization: 'NRCA',
      source: 'reader',
      sourceUrl: 'https://nrca.example/',
      addedAtMs: 6,
    });
    aravia = addAffiliation(aravia, {
      organization: 'Owner From Wikidata',
      source: 'wikidata',
      addedAtMs: 7,
    });
    const profiles = [createProfile('empty.org', 0), aravia, stored().get('valleyherald.com')!];
    const exported = exportPack(profiles, { title: 'My publishers', createdAtMs: NOW_MS });
    expect(PublisherPackSchema.safeParse(exported).success).toBe(true);
    expect(exported.publishers).toEqual([
      {
        domain: 'aravia-focus.org',
        notes: 'Check claims twice.',
        affiliations: [{ organization: 'NRCA', sourceUrl: 'https://nrca.example/' }],
      },
      { domain: 'valleyherald.com', label: 'local paper' },
    ]);
    const plan = planPackImport(new Map(), JSON.parse(JSON.stringify(exported)));
    expect(plan.add.map((e) => e.domain)).toEqual(['aravia-focus.org', 'valleyherald.com']);
    expect(plan.rejected).toEqual([]);
  });
});
