/**
 * Export of the reader's publisher knowledge as a pack: names, labels, notes and the
 * affiliations the reader added or imported (Wikidata-sourced ones stay out: anyone can fetch
 * them). Profiles with nothing of the reader's are left out; entries are sorted by domain.
 */
import type { PublisherProfile } from './profile';
import {
  MAX_PACK_PUBLISHERS,
  PACK_FORMAT,
  PACK_VERSION,
  type PackEntry,
  type PublisherPack,
} from './pack-schema';

function toEntry(profile: PublisherProfile): PackEntry | null {
  const entry: PackEntry = { domain: profile.domain };
  if (profile.name?.text) entry.name = profile.name.text;
  if (profile.label?.text) entry.label = profile.label.text;
  if (profile.notes?.text) entry.notes = profile.notes.text;
  const affiliations = profile.affiliations
    .filter((a) => a.source !== 'wikidata')
    .map((a) => ({
      organization: a.organization,
      ...(a.sourceUrl !== undefined && { sourceUrl: a.sourceUrl }),
    }));
  if (affiliations.length > 0) entry.affiliations = affiliations;
  return Object.keys(entry).length > 1 ? entry : null;
}

/** A pack of the reader's fields from `profiles`, ready for JSON.stringify. */
export function exportPack(
  profiles: Iterable<PublisherProfile>,
  options: { title?: string; createdAtMs?: number } = {},
): PublisherPack {
  const publishers: PackEntry[] = [];
  for (const profile of profiles) {
    const entry = toEntry(profile);
    if (entry) publishers.push(entry);
  }
  publishers.sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    ...(options.title !== undefined && { title: options.title }),
    ...(options.createdAtMs !== undefined && { createdAtMs: options.createdAtMs }),
    publishers: publishers.slice(0, MAX_PACK_PUBLISHERS),
  };
}
