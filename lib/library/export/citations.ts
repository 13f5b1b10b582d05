/**
 * Citations of the articles the reader clipped, for reference managers: CSL-JSON (Zotero, Pandoc)
 * and RIS (Zotero, EndNote, Mendeley). One item per article, from the stored article's metadata
 * when there is one, else from the clippings.
 */
import { hashText } from '../../hash';
import {
  bundleAuthors,
  bundleIssued,
  bundlePublisherName,
  bundleSavedAtMs,
  bundleTitle,
  bundleUrl,
  type ArticleBundle,
} from './bundle';

/** "Jane Q. Doe" -> family Doe, given Jane Q.; anything else (organizations, "Staff") literal. */
export function toCslName(name: string): { family: string; given: string } | { literal: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 4 || /\d|staff|desk|news|agency|reuters|press/i.test(name)) {
    return { literal: name.trim() };
  }
  return { family: parts[parts.length - 1]!, given: parts.slice(0, -1).join(' ') };
}

function dateParts(ms: number): number[] {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** The CSL-JSON item of an article. */
export function toCslItem(bundle: ArticleBundle): Record<string, unknown> {
  const article = bundle.page?.context.article;
  const issued = bundleIssued(bundle);
  const publisher = bundlePublisherName(bundle);
  const url = bundleUrl(bundle);
  return {
    id: `sc-${hashText(bundle.pageKey)}`,
    type: bundle.page?.context.isArticle ? 'article-newspaper' : 'webpage',
    title: bundleTitle(bundle),
    ...(publisher ? { 'container-title': publisher, publisher } : {}),
    ...(url ? { URL: url } : {}),
    author: bundleAuthors(bundle).map(toCslName),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [dateParts(bundleSavedAtMs(bundle))] },
    ...(article?.lang ? { language: article.lang } : {}),
    ...(article?.description ? { abstract: article.description } : {}),
  };
}

function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s+/g, ' ').trim()}\r\n`;
}

function risName(name: string): string {
  const csl = toCslName(name);
  return 'literal' in csl ? csl.literal : `${csl.family}, ${csl.given}`;
}

/** The RIS record of an article (TY NEWS for articles, ELEC for other pages). */
export function toRisRecord(bundle: ArticleBundle): string {
  const article = bundle.page?.context.article;
  const issued = bundleIssued(bundle);
  const publisher = bundlePublisherName(bundle);
  const url = bundleUrl(bundle);
  const accessed = dateParts(bundleSavedAtMs(bundle));
  let out = risLine('TY', bundle.page?.context.isArticle ? 'NEWS' : 'ELEC');
  out += risLine('TI', bundleTitle(bundle));
  if (publisher) out += risLine('T2', publisher) + risLine('PB', publisher);
  for (const author of bundleAuthors(bundle)) out += risLine('AU', risName(author));
  if (issued) {
    out += risLine('PY', String(issued[0]));
    out += risLine('DA', issued.map((p) => String(p).padStart(2, '0')).join('/'));
  }
  if (url) out += risLine('UR', url);
  out += risLine('Y2', accessed.map((p) => String(p).padStart(2, '0')).join('/'));
  if (article?.lang) out += risLine('LA', article.lang);
  if (article?.description) out += risLine('AB', article.description);
  return out + 'ER  - \r\n\r\n';
}
