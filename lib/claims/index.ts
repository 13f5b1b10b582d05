/**
 * Check-worthy claims in article text. (Being built in issue 5; see lib/claims/*.)
 */
import type { Claim, Organization } from '../models/page-context';

/** Scores, types and attributes the sentences of `text`. */
export function extractClaims(text: string, organizations: Organization[] = []): Claim[] {
  void text;
  void organizations;
  return [];
}
