/**
 * What a publisher's own link is for, from its anchor text or the last segment of its path:
 * about, contact, masthead (staff, team, imprint), ethics (standards, principles), corrections,
 * ownership (funding, transparency); and which social network an account link belongs to.
 * Privacy and terms pages are deliberately not kinds. Pinned by the fixture pages in
 * tests/fixtures/publishers/pages/ and the tables in tests/unit/publishers/link-kinds.test.ts.
 */
import { registrableDomain } from './domain';

interface PageKind {
  kind: string;
  text: RegExp;
  path: RegExp;
}

const PAGE_KINDS: PageKind[] = [
  {
    kind: 'about',
    text: /^(about( us)?|about (?!the author|this)[\p{L}\p{N} ]{1,30}|who we are|our (story|mission)|über uns|à propos|a propos|quiénes somos|chi siamo)$/u,
    path: /^(about|about-?us|about_us|who-we-are|our-story|our-mission|uber-uns|ueber-uns|a-propos|quienes-somos|chi-siamo)$/,
  },
  {
    kind: 'contact',
    text: /^(contact( us| the newsroom| the editors?)?|contacts|get in touch|kontakt|contacto|nous contacter)$/u,
    path: /^(contact|contact-?us|contacts|kontakt|contacto|contactez-nous|nous-contacter)$/,
  },
  {
    kind: 'masthead',
    text: /^(masthead|((our|the) )?(team|staff|editors|newsroom|journalists|people)|(our |the )?editorial (team|board|staff)|meet (the|our) (team|staff|editors)|impressum|imprint)$/u,
    path: /^(masthead|staff|team|our-team|the-team|editorial-team|editorial-board|editors|newsroom|journalists|impressum|imprint)$/,
  },
  {
    kind: 'ethics',
    text: /^((our )?(code of )?ethics( policy)?|(our )?(editorial|journalistic) (standards|guidelines|policy|policies|principles|values)|code of (conduct|practice)|our (standards|principles|values))$/u,
    path: /^(ethics|code-of-ethics|ethics-policy|editorial-standards|standards|editorial-guidelines|editorial-policy|editorial-policies|editorial-principles|principles|code-of-conduct|code-of-practice)$/,
  },
  {
    kind: 'corrections',
    text: /^(corrections?( policy| and clarifications)?|errata|clarifications|report an (error|issue|inaccuracy))$/u,
    path: /^(corrections?|corrections?-policy|errata|clarifications|report-an-error)$/,
  },
  {
    kind: 'ownership',
    text: /^(ownership|who (owns|funds) us|(our )?(funders|funding|donors|supporters)|how we( are|'re|’re) funded|(financial )?transparency|ownership and funding)$/u,
    path: /^(ownership|owners|funding|funders|who-funds-us|who-owns-us|transparency|donors|supporters|financials)$/,
  },
];

/** Social networks by registrable domain, and the first path segments that are not accounts. */
const SOCIAL: Record<string, string> = {
  'twitter.com': 'twitter',
  'x.com': 'twitter',
  'facebook.com': 'facebook',
  'fb.com': 'facebook',
  'youtube.com': 'youtube',
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'instagram.com': 'instagram',
  'linkedin.com': 'linkedin',
  'tiktok.com': 'tiktok',
  'threads.net': 'threads',
  'bsky.app': 'bluesky',
  'vk.com': 'vk',
  'whatsapp.com': 'whatsapp',
  'rumble.com': 'rumble',
  'truthsocial.com': 'truthsocial',
};
const NOT_ACCOUNTS =
  /^(intent|share|sharer|sharer\.php|sharearticle|sharing|dialog|plugins|home|hashtag|search|explore|i|login|signup|settings|watch|embed|shorts|p|reel|reels|tv|stories|feed|status|tr|joinchat\+?)$/i;

/** Kind of a same-site page link from its text (preferred) or its path, or null. */
export function classifyPageLink(text: string, url: URL): string | null {
  const label = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.:»›→>]+$/, '')
    .trim();
  if (label.length <= 60 && label.split(' ').length <= 6) {
    const byText = PAGE_KINDS.find((k) => k.text.test(label));
    if (byText) return byText.kind;
  }
  const segments = url.pathname.toLowerCase().split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.(html?|php|aspx?|jsp)$/, '');
  return PAGE_KINDS.find((k) => k.path.test(last))?.kind ?? null;
}

/** `{kind, handle}` when the URL is a social-network account (not a share button or a post). */
export function classifySocialLink(url: URL): { kind: string; handle: string } | null {
  const network = SOCIAL[registrableDomain(url.href)];
  if (!network) return null;
  const segments = url.pathname.split('/').filter(Boolean).slice(0, 4);
  const first = segments[0] ?? '';
  if (!first || NOT_ACCOUNTS.test(first) || segments.length > 3) return null;
  if (network === 'twitter' && segments.length > 1) return null; // a post or a list, not the account
  const handle = ['company', 'in', 'school', 'channel', 'c', 'user', 'pages', 's'].includes(first)
    ? (segments[1] ?? '')
    : first;
  if (!handle || (network === 'facebook' && /^profile\.php$/i.test(handle) && !url.searchParams.get('id'))) {
    return null;
  }
  return { kind: network, handle: handle.replace(/^@/, '') };
}

/** True for links to Wikipedia or Wikidata, which count as `sameAs` rather than social accounts. */
export function isReferenceSite(url: URL): boolean {
  return ['wikipedia.org', 'wikidata.org'].includes(registrableDomain(url.href));
}
