/**
 * The toolbar badge for a tab: the number of check-worthy factual claims, or "!" when the
 * publisher is affiliated with an organization the article names. Computed locally.
 */
import type { PageContext } from '../models/page-context';

export interface Badge {
  text: string;
  title: string;
}

/** Badge text and tooltip for a stored article. */
export function computeBadge(context: PageContext, flaggedOrganizations: string[]): Badge {
  const claims = context.claims.filter((c) => c.checkworthy && c.kind !== 'opinion').length;
  if (flaggedOrganizations.length > 0) {
    return {
      text: '!',
      title: `Source Context: the publisher is affiliated with ${flaggedOrganizations.slice(0, 3).join(', ')}, named in this article`,
    };
  }
  return {
    text: claims > 0 ? String(Math.min(claims, 99)) : '',
    title: `Source Context: ${claims} check-worthy claim${claims === 1 ? '' : 's'}`,
  };
}
