/**
 * Organizations named in article text. (Being built in issue 4; see lib/organizations/*.)
 */
import type { Organization } from '../models/page-context';

/** Finds organizations in `text`, folded across acronyms and aliases. */
export function extractOrganizations(text: string): Organization[] {
  void text;
  return [];
}
