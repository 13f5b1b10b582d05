/**
 * Markdown export, Obsidian-friendly: one section per article with its title, source link,
 * publisher, the reader's clippings as blockquotes (note and #tags under each), page notes, and
 * the organizations and claims Source Context found. Page text is escaped, so it can never turn
 * into a link, an embed or HTML in a Markdown viewer.
 */
import type { Clipping } from '../../storage/records';
import { buildClippingLink } from '../text-fragment';
import {
  bundlePublisherDomain,
  bundlePublisherName,
  bundleTitle,
  bundleUrl,
  isoDay,
  type ArticleBundle,
} from './bundle';

const CLAIM_LIMIT = 20;

/**
 * Escapes Markdown, Obsidian and HTML syntax in one line of page text: emphasis, links, embeds,
 * tags, tables, highlights, math, raw HTML and entities, and list or heading markers at the start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>#|~=$]/g, '\\$&')
    .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

/** An Obsidian tag: letters, digits, `-`, `_` and `/` only. */
export function toObsidianTag(tag: string): string {
  const cleaned = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_/-]/gu, '');
  return cleaned && !/^\d+$/.test(cleaned) ? `#${cleaned}` : '';
}

function blockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

function renderClipping(clipping: Clipping, url: string | null): string {
  const lines = [blockquote(clipping.quote.exact), ''];
  if (clipping.note.trim()) lines.push(...clipping.note.trim().split(/\r?\n/).map(escapeMarkdown), '');
  const tags = clipping.tags.map(toObsidianTag).filter(Boolean);
  const link = buildClippingLink(url ?? clipping.pageUrl, clipping.quote);
  const meta = [
    `Saved ${isoDay(clipping.createdAtMs)}`,
    ...(link ? [`[open at the passage](<${link}>)`] : []),
  ];
  if (tags.length) meta.push(tags.join(' '));
  lines.push(meta.join(' · '), '');
  return lines.join('\n');
}

/** The file's heading (front matter Obsidian reads, then a title). */
export function renderMarkdownHeader(exportedAtMs: number, articles: number): string {
  return `---\nsource: Source Context\nexported: ${new Date(exportedAtMs).toISOString()}\narticles: ${articles}\n---\n\n# Source Context library\n\n`;
}

/** One article's section. */
export function renderMarkdownArticle(bundle: ArticleBundle): string {
  const url = bundleUrl(bundle);
  const name = bundlePublisherName(bundle);
  const domain = bundlePublisherDomain(bundle);
  const out = [`## ${inline(bundleTitle(bundle))}`, ''];
  out.push(`- Source: ${url ? `<${url}>` : inline(bundle.pageKey)}`);
  out.push(`- Publisher: ${name ? `${inline(name)} (${inline(domain)})` : inline(domain)}`);
  const published = bundle.page?.context.article?.publishedTime;
  if (published) out.push(`- Published: ${inline(published)}`);
  out.push('');
  if (bundle.clippings.length)
    out.push('### Clippings', '', ...bundle.clippings.map((c) => renderClipping(c, url)));
  if (bundle.notes.length) {
    out.push('### Notes', '');
    for (const note of bundle.notes) out.push(`- ${inline(note.text)} (${isoDay(note.createdAtMs)})`);
    out.push('');
  }
  const orgs = bundle.page?.context.organizations ?? [];
  if (orgs.length) {
    out.push('### Organizations named', '');
    for (const org of orgs.slice(0, 50)) {
      const aliases = org.aliases.length ? ` (also ${org.aliases.map(inline).join(', ')})` : '';
      out.push(`- ${inline(org.name)}${aliases}`);
    }
    out.push('');
  }
  const claims = (bundle.page?.context.claims ?? []).filter((c) => c.checkworthy).slice(0, CLAIM_LIMIT);
  if (claims.length) {
    out.push('### Claims to check', '');
    for (const claim of claims) {
      const speaker = claim.speaker ? ` (said by ${inline(claim.speaker)})` : '';
      out.push(`- ${inline(claim.text)}${speaker} [${inline(claim.kind)}]`);
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
