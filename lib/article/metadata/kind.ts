/**
 * What kind of article the page says it is (news, opinion, analysis, review, press release,
 * blog), only when the page says so: a specific JSON-LD type (OpinionNewsArticle...), a
 * section or genre named "Opinion" / "Analysis" / "Press release", or a URL path segment of
 * that name. Plain "NewsArticle"/"ReportageNewsArticle" means news. Otherwise null.
 * Pinned by tests/unit/article/kind.test.ts.
 */

/** The kind of article and where that was read, or nulls. */
export interface KindResult {
  kind: string | null;
  source: string | null;
}

const TYPE_KINDS: Record<string, string> = {
  opinionnewsarticle: 'opinion',
  analysisnewsarticle: 'analysis',
  backgroundnewsarticle: 'analysis',
  reviewnewsarticle: 'review',
  reportagenewsarticle: 'news',
  blogposting: 'blog',
  newsarticle: 'news',
};
const WORD_KINDS: [RegExp, string][] = [
  [
    /\b(opinions?|commentary|comment is free|editorials?|op-?eds?|columns?|columnists?|meinung|opini[oó]n|tribune)\b/i,
    'opinion',
  ],
  [/\b(analysis|analyses|explainers?|fact ?checks?|analyse)\b/i, 'analysis'],
  [/\b(press[- ]releases?|news[- ]releases?|pressemitteilung(en)?|communiqu[ée]s?)\b/i, 'press release'],
  [/\b(reviews?)\b/i, 'review'],
];

function kindOfWords(text: string): string | null {
  for (const [re, kind] of WORD_KINDS) if (re.test(text)) return kind;
  return null;
}

function urlSegments(url: string): string {
  try {
    return new URL(url).pathname.split('/').slice(1, -1).join(' ').replace(/[-_]/g, ' ');
  } catch {
    return '';
  }
}

/** Reads the kind from JSON-LD types, then section/genre, then the URL's directories. */
export function readKind(jsonLdTypes: string[], sections: (string | null)[], url: string): KindResult {
  const specific = jsonLdTypes.map((t) => TYPE_KINDS[t]).filter((k): k is string => !!k);
  const notNews = specific.find((k) => k !== 'news');
  if (notNews) return { kind: notNews, source: 'json-ld' };
  for (const section of sections) {
    const kind = section ? kindOfWords(section) : null;
    if (kind) return { kind, source: 'section' };
  }
  const fromUrl = kindOfWords(urlSegments(url));
  if (fromUrl) return { kind: fromUrl, source: 'url' };
  return specific[0] ? { kind: specific[0], source: 'json-ld' } : { kind: null, source: null };
}
