/**
 * Affiliation flags: the article names an organization its publisher is affiliated with,
 * according to the reader, an imported pack, or Wikidata (owned by / parent organization).
 * Names match case-, accent- and punctuation-insensitively across all aliases and acronym
 * parts ("PMOI/MEK" matches "MEK"); see names.ts.
 */
import { expandNameForms } from './names';
import type { Affiliation, PublisherProfile } from './profile';

/** One flag: the article's organization and the affiliation it matched. */
export interface AffiliationFlag {
  /** The organization as the article names it. */
  organization: string;
  /** The affiliated organization's name as recorded. */
  matchedName: string;
  source: Affiliation['source'];
  sourceUrl?: string;
}

type Known = Pick<AffiliationFlag, 'matchedName' | 'source' | 'sourceUrl'>;

function knownAffiliations(profile: PublisherProfile): Known[] {
  const known: Known[] = profile.affiliations.map((a) => ({
    matchedName: a.organization,
    source: a.source,
    ...(a.sourceUrl !== undefined && { sourceUrl: a.sourceUrl }),
  }));
  for (const fact of profile.openData?.facts?.facts ?? []) {
    if (fact.property !== 'P127' && fact.property !== 'P749') continue;
    known.push({ matchedName: fact.value, source: 'wikidata', sourceUrl: fact.url });
  }
  return known;
}

/**
 * One hop through the reader's history: if earlier articles on this site folded the affiliated
 * name with other names ("People's Mojahedin Organization of Iran (PMOI/MEK)"), an article that
 * names only "Mojahedin-e Khalq (MEK)" is flagged too.
 */
function addHistoryAliases(profile: PublisherProfile, forms: Set<string>): Set<string> {
  const entries = Object.entries(profile.history.organizationAliases ?? {}).slice(0, 200);
  const additions: string[] = [];
  for (const [name, aliases] of entries) {
    const entryForms = [name, ...aliases.slice(0, 50)].flatMap(expandNameForms);
    if (entryForms.some((f) => forms.has(f))) additions.push(...entryForms);
  }
  for (const form of additions) forms.add(form);
  return forms;
}

/** Flags for each organization of the article that the publisher is affiliated with. */
export function findAffiliationFlags(
  profile: PublisherProfile | undefined,
  organizations: { name: string; aliases: string[] }[],
): AffiliationFlag[] {
  if (!profile) return [];
  const known = knownAffiliations(profile).map((k) => ({
    ...k,
    forms: addHistoryAliases(profile, new Set(expandNameForms(k.matchedName))),
  }));
  if (known.length === 0) return [];
  const flags: AffiliationFlag[] = [];
  for (const org of organizations.slice(0, 1_000)) {
    const forms = [org.name, ...org.aliases.slice(0, 50)].flatMap(expandNameForms);
    for (const { forms: affiliated, ...affiliation } of known) {
      if (!forms.some((f) => affiliated.has(f))) continue;
      const duplicate = flags.some((f) => f.organization === org.name && f.source === affiliation.source);
      if (!duplicate) flags.push({ organization: org.name, ...affiliation });
    }
  }
  return flags;
}
