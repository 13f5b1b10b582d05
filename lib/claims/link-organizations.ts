/**
 * Links a speaker to an organization the page names: "the Foreign Ministry" said something and
 * the organizations pass found "Foreign Ministry" (or one of its aliases), so the claim can point
 * at that organization's card. Exact match after normalization (case, a leading article, a
 * trailing possessive); a person who merely works for an organization is not linked.
 */
import type { Organization } from '../models/page-context';
import { normalizeName } from './resolve-speakers';

/** Normalized name or alias -> the organization's display name. */
export function indexOrganizationNames(organizations: readonly Organization[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const org of organizations) {
    for (const name of [org.name, ...org.aliases]) {
      const key = normalizeName(name);
      if (key && !index.has(key)) index.set(key, org.name);
    }
  }
  return index;
}

/** The display name of the organization `speaker` names, or null. */
export function linkSpeakerOrganization(
  speaker: string | null,
  index: ReadonlyMap<string, string>,
): string | null {
  return speaker === null ? null : (index.get(normalizeName(speaker)) ?? null);
}
