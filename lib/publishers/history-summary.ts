/**
 * Readable facts from a publisher's history, as data first and words second, e.g. "Across 12
 * articles you read here, all 12 name PMOI/MEK, none has a personal byline". An organization is
 * reported when at least 2 articles and at least half of them name it (top 3).
 */
import type { PublisherProfile } from './profile';

/** How many of the articles: none, one, some, most (at least half), all. */
export type Quantifier = 'none' | 'one' | 'some' | 'most' | 'all';

/** One readable fact; `text` is an English rendering of the structured fields. */
export type HistoryFact =
  | { kind: 'articles'; count: number; text: string }
  | {
      kind: 'organization';
      organization: string;
      count: number;
      of: number;
      quantifier: Quantifier;
      text: string;
    }
  | { kind: 'byline'; count: number; of: number; quantifier: Quantifier; text: string }
  | { kind: 'opinion'; count: number; text: string };

export interface HistorySummary {
  domain: string;
  articles: number;
  firstSeenMs: number | null;
  lastSeenMs: number | null;
  facts: HistoryFact[];
  claimKinds: { kind: string; count: number }[];
  /** The facts as one sentence ("" when nothing was read here yet). */
  text: string;
}

/** Quantifier of `count` out of `of`. */
export function quantify(count: number, of: number): Quantifier {
  if (count <= 0) return 'none';
  if (count >= of) return 'all';
  if (count === 1) return 'one';
  return count * 2 >= of ? 'most' : 'some';
}

function phrase(count: number, of: number, singular: string, plural: string, negative: string): string {
  if (of === 1) return count > 0 ? `it ${singular}` : `it ${negative}`;
  const q = quantify(count, of);
  if (q === 'none') return `none ${singular}`;
  if (q === 'all') return `all ${of} ${plural}`;
  return `${count} of ${of} ${count === 1 ? singular : plural}`;
}

function organizationFacts(profile: PublisherProfile): HistoryFact[] {
  const of = profile.history.articles;
  return Object.entries(profile.history.organizations)
    .filter(([, count]) => count >= 2 && count * 2 >= of)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([organization, count]) => ({
      kind: 'organization' as const,
      organization,
      count,
      of,
      quantifier: quantify(count, of),
      text: phrase(
        count,
        of,
        `names ${organization}`,
        `name ${organization}`,
        `does not name ${organization}`,
      ),
    }));
}

/** Structured facts (and one sentence) about what the reader has read on this publisher. */
export function summarizeHistory(profile: PublisherProfile): HistorySummary {
  const { history } = profile;
  const of = history.articles;
  const facts: HistoryFact[] = [];
  if (of > 0) {
    facts.push({
      kind: 'articles',
      count: of,
      text: `Across ${of} ${of === 1 ? 'article' : 'articles'} you read here`,
    });
    facts.push(...organizationFacts(profile));
    const bylines = Math.min(history.withPersonalByline, of);
    facts.push({
      kind: 'byline',
      count: bylines,
      of,
      quantifier: quantify(bylines, of),
      text: phrase(bylines, of, 'has a personal byline', 'have a personal byline', 'has no personal byline'),
    });
    if (history.opinionClaims > 0) {
      const n = history.opinionClaims;
      facts.push({
        kind: 'opinion',
        count: n,
        text: `${n} ${n === 1 ? 'claim reads' : 'claims read'} as opinion`,
      });
    }
  }
  const claimKinds = Object.entries(history.claimKinds)
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return {
    domain: profile.domain,
    articles: of,
    firstSeenMs: history.firstSeenMs,
    lastSeenMs: history.lastSeenMs,
    facts,
    claimKinds,
    text: facts.length > 0 ? `${facts.map((f) => f.text).join(', ')}.` : '',
  };
}
