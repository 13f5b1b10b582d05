import { describe, expect, it } from 'vitest';
import { createProfile, PublisherProfileSchema } from '../../../lib/publishers/profile';
import {
  addAffiliation,
  removeAffiliation,
  setOpenData,
  setReaderText,
} from '../../../lib/publishers/reader-fields';

describe('PublisherProfileSchema', () => {
  it('accepts a new profile and rejects non-http(s) affiliation links', () => {
    const profile = createProfile('aravia-focus.org', 5);
    expect(PublisherProfileSchema.parse(profile)).toEqual(profile);
    const hostile = {
      ...profile,
      affiliations: [{ organization: 'X', source: 'reader', sourceUrl: 'javascript:alert(1)', addedAtMs: 1 }],
    };
    expect(PublisherProfileSchema.safeParse(hostile).success).toBe(false);
  });

  it('rejects more than 50 tallied organizations', () => {
    const organizations = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`Org ${i}`, 1]));
    const profile = createProfile('aravia-focus.org', 5);
    const tooMany = { ...profile, history: { ...profile.history, organizations } };
    expect(PublisherProfileSchema.safeParse(tooMany).success).toBe(false);
  });
});

describe('reader fields', () => {
  it.each([
    ['label', '  advocacy   site ', { text: 'advocacy site', source: 'reader', updatedAtMs: 9 }],
    ['notes', 'line one\nline two', { text: 'line one\nline two', source: 'reader', updatedAtMs: 9 }],
    ['name', '   ', null],
  ] as const)('setReaderText %s', (field, text, expected) => {
    const profile = setReaderText(createProfile('aravia-focus.org', 0), field, text, 9);
    expect(profile[field]).toEqual(expected);
    expect(profile.updatedAtMs).toBe(9);
  });

  it('adds an affiliation once (case and punctuation aside) and removes it', () => {
    let profile = createProfile('aravia-focus.org', 0);
    profile = addAffiliation(profile, { organization: 'PLFA/Sahand', source: 'reader', addedAtMs: 3 });
    profile = addAffiliation(profile, { organization: 'plfa sahand', source: 'pack', addedAtMs: 4 });
    expect(profile.affiliations).toHaveLength(1);
    expect(removeAffiliation(profile, 'PLFA / SAHAND', 5).affiliations).toEqual([]);
  });

  it('stores an open-data answer', () => {
    const openData = { status: 'not-found' as const, facts: null, fetchedAtMs: 7 };
    expect(setOpenData(createProfile('aravia-focus.org', 0), openData)).toMatchObject({
      openData,
      updatedAtMs: 7,
    });
  });
});
