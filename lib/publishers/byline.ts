/**
 * Does the article carry a personal byline? An author counts when it names a person: not the
 * site or publisher ("Aravia Focus", "aravia-focus.org"), not a desk or role ("Staff", "Editorial
 * Board", "Web Desk", "Admin"), not a news agency, and not an Organization in JSON-LD. Advocacy
 * and state-run sites often print the site's own name as the author; this tells them apart from
 * signed reporting. Pinned by tests/unit/publishers/byline.test.ts and the fixture pages.
 */
import { compactName, normalizeName } from './names';

/** An author as the page gives it; `isPerson` from JSON-LD when known. */
export interface AuthorCandidate {
  name: string;
  isPerson?: boolean | null;
}

const GENERIC = new RegExp(
  '^(by )?(the )?(' +
    [
      'staff( writer| reporter)?s?',
      '[\\p{L} ]{0,30} (staff|desk|team|bureau|newsroom|editors?|correspondents?|reporters?|service)',
      'editors?',
      'editorial( board| team| staff| desk)?',
      'newsroom',
      'news ?desk',
      'web ?desk',
      'admin(istrator)?',
      'webmaster',
      'guest( author| writer| contributor)?',
      'contributors?',
      'anonymous',
      'unknown',
      'our (correspondent|reporter|editor)s?',
      'correspondents?',
      'press release',
      'agenc(y|ies)',
      'afp',
      'ap',
      'associated press',
      'reuters',
      'agence france presse',
      'dpa',
      'efe',
      'ansa',
      'pa( media)?',
      'upi',
      'xinhua',
      'tass',
      'irna',
    ].join('|') +
    ')$',
  'u',
);

/** True when `name` reads as a person rather than the publisher, a desk or an agency. */
export function isPersonalAuthor(author: AuthorCandidate, publisherNames: string[]): boolean {
  if (author.isPerson === false) return false;
  const name = normalizeName(author.name.replace(/^\s*by\s+/i, ''));
  if (!name || /^https?\b|www\b/.test(name) || GENERIC.test(name)) return false;
  const compact = name.replace(/ /g, '');
  for (const publisher of publisherNames) {
    const other = compactName(publisher);
    // The author is the publisher, or a part of its name ("Focus" of "Aravia Focus"); "Jo Fox"
    // is still a person on a site called "Fox".
    if (other && other.includes(compact)) return false;
  }
  if (author.isPerson === true) return true;
  const words = name.split(' ').filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.length <= 6;
}

/** True when at least one author is a person (see `isPersonalAuthor`). */
export function hasPersonalAuthor(authors: AuthorCandidate[], publisherNames: string[]): boolean {
  const names = publisherNames.filter((n) => compactName(n).length >= 3);
  return authors.slice(0, 50).some((author) => isPersonalAuthor(author, names));
}
