/**
 * History aggregates, updated one visit at a time (never by rescanning stored pages): articles
 * read, first/last seen, personal bylines, organizations named (top 50, folded across aliases)
 * and claim kinds. A re-visit of an article already counted only moves `lastSeenMs`.
 */
import type { PagePublisher } from '../models/page-context';
import { registrableDomain } from './domain';
import { expandNameForms } from './names';
import {
  createProfile,
  MAX_CLAIM_KINDS,
  MAX_HISTORY_ORGANIZATIONS,
  type PublisherHistory,
  type PublisherProfile,
} from './profile';

/** One article visit, as the background knows it after analysis. */
export interface PublisherVisit {
  url: string;
  seenAtMs: number;
  hasPersonalByline: boolean;
  organizations: { name: string; aliases: string[] }[];
  /** The kind of each claim in the article (repeats count). */
  claimKinds: string[];
  /** True when this article was counted before (a re-visit). */
  alreadyCounted: boolean;
  /** The page's publisher facts, kept as the profile's latest. */
  page?: PagePublisher;
}

const clip = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);
/** Page-derived names become record keys: `__proto__` would replace the record's prototype. */
const isSafeKey = (key: string) => key !== '' && key !== '__proto__';

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function findKey(history: PublisherHistory, forms: Set<string>): string | null {
  for (const key of Object.keys(history.organizations)) {
    const names = [key, ...(own(history.organizationAliases, key) ?? [])];
    if (names.some((n) => expandNameForms(n).some((f) => forms.has(f)))) return key;
  }
  return null;
}

/** Drops the least-named organization, oldest first on ties, never one named in this visit. */
function evictOne(history: PublisherHistory, protectedKeys: Set<string>): void {
  let victim: string | null = null;
  for (const [key, n] of Object.entries(history.organizations)) {
    if (protectedKeys.has(key)) continue;
    if (victim === null || n < (own(history.organizations, victim) ?? 0)) victim = key;
  }
  if (victim === null) return;
  delete history.organizations[victim];
  delete history.organizationAliases[victim];
}

function countOrganizations(history: PublisherHistory, organizations: PublisherVisit['organizations']) {
  const touched = new Set<string>();
  for (const org of organizations.slice(0, 200)) {
    const names = [org.name, ...org.aliases.slice(0, 20)].map(clip).filter(isSafeKey);
    const forms = new Set(names.flatMap(expandNameForms));
    if (forms.size === 0) continue;
    const key = findKey(history, forms) ?? names[0];
    if (key === undefined || touched.has(key)) continue; // named once per article
    touched.add(key);
    history.organizations[key] = (own(history.organizations, key) ?? 0) + 1;
    const aliases = own(history.organizationAliases, key) ?? [];
    const known = new Set([key, ...aliases]);
    history.organizationAliases[key] = [...aliases, ...names.filter((n) => !known.has(n))].slice(0, 10);
    while (Object.keys(history.organizations).length > MAX_HISTORY_ORGANIZATIONS) {
      const before = Object.keys(history.organizations).length;
      evictOne(history, touched);
      if (Object.keys(history.organizations).length === before) break;
    }
  }
}

function countClaimKinds(history: PublisherHistory, kinds: string[]): void {
  for (const raw of kinds.slice(0, 5_000)) {
    const kind = raw.trim().toLowerCase().slice(0, 32);
    if (!isSafeKey(kind)) continue;
    const current = own(history.claimKinds, kind);
    if (current === undefined && Object.keys(history.claimKinds).length >= MAX_CLAIM_KINDS) continue;
    history.claimKinds[kind] = (current ?? 0) + 1;
    if (kind === 'opinion') history.opinionClaims += 1;
  }
}

function cloneHistory(history: PublisherHistory): PublisherHistory {
  const aliases: Record<string, string[]> = {};
  for (const [key, names] of Object.entries(history.organizationAliases)) aliases[key] = [...names];
  return {
    ...history,
    organizations: { ...history.organizations },
    organizationAliases: aliases,
    claimKinds: { ...history.claimKinds },
  };
}

/**
 * The profile after one visit (a new object; the input is not changed). Creates the profile on
 * the first visit. Throws when the visit's URL belongs to another publisher.
 */
export function applyVisit(profile: PublisherProfile | undefined, visit: PublisherVisit): PublisherProfile {
  const domain = registrableDomain(visit.url);
  if (profile && profile.domain !== domain) {
    throw new RangeError(`visit of ${domain} applied to the profile of ${profile.domain}`);
  }
  const seenAtMs = Math.max(0, Math.floor(visit.seenAtMs));
  const base = profile ?? createProfile(domain, seenAtMs);
  const history = cloneHistory(base.history);
  history.firstSeenMs = Math.min(history.firstSeenMs ?? seenAtMs, seenAtMs);
  history.lastSeenMs = Math.max(history.lastSeenMs ?? seenAtMs, seenAtMs);
  if (!visit.alreadyCounted) {
    history.articles += 1;
    if (visit.hasPersonalByline) history.withPersonalByline += 1;
    countOrganizations(history, visit.organizations);
    countClaimKinds(history, visit.claimKinds);
  }
  return {
    ...base,
    page: visit.page ?? base.page,
    history,
    updatedAtMs: Math.max(base.updatedAtMs, seenAtMs),
  };
}
