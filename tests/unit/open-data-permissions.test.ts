import { describe, expect, it } from 'vitest';
import { OPEN_DATA_ORIGINS, openDataPermissions } from '../../lib/open-data-permissions';

describe('openDataPermissions', () => {
  it('asks Firefox for the data-collection consent its manifest declares as optional', () => {
    const firefox = {
      browser_specific_settings: {
        gecko: { data_collection_permissions: { required: ['none'], optional: ['browsingActivity'] } },
      },
    };
    expect(openDataPermissions(firefox)).toEqual({
      origins: OPEN_DATA_ORIGINS,
      data_collection: ['browsingActivity'],
    });
  });

  it('asks Chrome (no such manifest key) for the hosts alone: it rejects unknown keys', () => {
    expect(openDataPermissions({ manifest_version: 3 })).toEqual({ origins: OPEN_DATA_ORIGINS });
    expect(openDataPermissions(null)).toEqual({ origins: OPEN_DATA_ORIGINS });
    const odd = { browser_specific_settings: { gecko: { data_collection_permissions: { optional: 'x' } } } };
    expect(openDataPermissions(odd)).toEqual({ origins: OPEN_DATA_ORIGINS });
  });
});
