/**
 * Pure edits of a profile's reader fields and open-data cache, for storage to persist. Reader
 * edits are marked `source: 'reader'`, so a pack import never overwrites them silently.
 */
import { normalizeName } from './names';
import type { Affiliation, PublisherProfile } from './profile';
import type { OpenData } from './wikidata/facts-schema';

/** The reader-editable text fields. */
export type ReaderTextField = 'name' | 'label' | 'notes';

/** Sets (or, with empty text, clears) a text field as the reader's own edit. */
export function setReaderText(
  profile: PublisherProfile,
  field: ReaderTextField,
  text: string,
  nowMs: number,
): PublisherProfile {
  const value = field === 'notes' ? text.slice(0, 20_000) : text.replace(/\s+/g, ' ').trim().slice(0, 300);
  return {
    ...profile,
    [field]: value.trim() ? { text: value, source: 'reader', updatedAtMs: nowMs } : null,
    updatedAtMs: nowMs,
  };
}

/** Adds an affiliation unless one with the same (normalized) organization name exists. */
export function addAffiliation(profile: PublisherProfile, affiliation: Affiliation): PublisherProfile {
  const key = normalizeName(affiliation.organization);
  if (!key || profile.affiliations.some((a) => normalizeName(a.organization) === key)) return profile;
  if (profile.affiliations.length >= 100) return profile;
  return {
    ...profile,
    affiliations: [...profile.affiliations, affiliation],
    updatedAtMs: Math.max(profile.updatedAtMs, affiliation.addedAtMs),
  };
}

/** Removes the affiliation with this (normalized) organization name. */
export function removeAffiliation(
  profile: PublisherProfile,
  organization: string,
  nowMs: number,
): PublisherProfile {
  const key = normalizeName(organization);
  const affiliations = profile.affiliations.filter((a) => normalizeName(a.organization) !== key);
  return affiliations.length === profile.affiliations.length
    ? profile
    : { ...profile, affiliations, updatedAtMs: nowMs };
}

/** Stores an open-data lookup answer (found or not found) with its fetch time. */
export function setOpenData(profile: PublisherProfile, openData: OpenData): PublisherProfile {
  return { ...profile, openData, updatedAtMs: Math.max(profile.updatedAtMs, openData.fetchedAtMs) };
}
