/**
 * `npm run eval -- metadata <dir of readability test pages>`: per field (title, byline,
 * siteName, publishedTime, lang), the share of pages whose value agrees with the page's
 * expected-metadata.json (whitespace and case folded, times compared as instants), for ours
 * (`extractArticle`) and for Readability's own parse on the same DOM. The expected values are
 * Readability's snapshots, so a disagreement can be ours being right: the table lists every
 * disagreement with both values. Title agreement "modulo suffix" also counts a title that is the
 * expected one minus a " | Site" / " - Site" suffix, which the issue asks us to strip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../../lib/article/extract';
import { parseDocument } from '../dom';
import { formatTable, type EvalResult } from './types';

const PAGE_URL = 'http://fakehost/test/page.html';
const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string | null>;

function fold(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().toLowerCase() : '';
}

/** Whether two values agree: folded text equality, or the same instant for times. */
export function agrees(field: Field, ours: unknown, expected: unknown): boolean {
  if (field === 'publishedTime' && fold(ours) && fold(expected)) {
    const [a, b] = [
      Date.parse(String(ours)),
      Date.parse(String(expected).replace(/([+-]\d\d)(\d\d)$/, '$1:$2')),
    ];
    if (Number.isFinite(a) && Number.isFinite(b)) return a === b;
  }
  return fold(ours) === fold(expected);
}

/** Title agreement allowing ours to be the expected title minus a trailing site suffix. */
function agreesModSuffix(ours: unknown, expected: unknown): boolean {
  const [o, e] = [fold(ours), fold(expected)];
  return o === e || (o.length > 0 && e.startsWith(o) && /^\s*[|\-–—:·•»_]/.test(e.slice(o.length)));
}

function readOurs(html: string): Values {
  const a = extractArticle(parseDocument(html), PAGE_URL);
  return {
    title: a?.title ?? null,
    byline: a?.byline ?? null,
    siteName: a?.siteName ?? null,
    publishedTime: a?.publishedTime ?? null,
    lang: a?.lang ?? null,
  };
}

function readBaseline(html: string): Values {
  try {
    const r = new Readability(parseDocument(html)).parse();
    const pick = (v: string | null | undefined) => v ?? null;
    return {
      title: pick(r?.title),
      byline: pick(r?.byline),
      siteName: pick(r?.siteName),
      publishedTime: pick(r?.publishedTime),
      lang: pick(r?.lang),
    };
  } catch {
    return { title: null, byline: null, siteName: null, publishedTime: null, lang: null };
  }
}

/** Scores ours and Readability on every page folder under `path`. */
export async function run(path: string, _args: string[]): Promise<EvalResult> {
  const slugs = readdirSync(path)
    .filter((s) => existsSync(join(path, s, 'source.html')))
    .sort();
  const hits = { ours: {} as Record<string, number>, base: {} as Record<string, number> };
  const misses: string[][] = [];
  let titleModSuffix = 0;
  for (const slug of slugs) {
    const html = readFileSync(join(path, slug, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(path, slug, 'expected-metadata.json'), 'utf8')) as Values;
    const ours = readOurs(html);
    const base = readBaseline(html);
    if (agreesModSuffix(ours.title, expected.title)) titleModSuffix++;
    for (const field of FIELDS) {
      const ok = agrees(field, ours[field], expected[field]);
      hits.ours[field] = (hits.ours[field] ?? 0) + (ok ? 1 : 0);
      hits.base[field] = (hits.base[field] ?? 0) + (agrees(field, base[field], expected[field]) ? 1 : 0);
      if (!ok) misses.push([slug, field, JSON.stringify(ours[field]), JSON.stringify(expected[field])]);
    }
  }
  const n = slugs.length || 1;
  const share = (h: Record<string, number>) => Object.fromEntries(FIELDS.map((f) => [f, (h[f] ?? 0) / n]));
  const ours = share(hits.ours);
  const base = share(hits.base);
  const table = [
    formatTable(
      ['field', 'ours', 'readability'],
      FIELDS.map((f) => [f, ours[f]!, base[f]!]),
    ),
    `title modulo site suffix: ${(titleModSuffix / n).toFixed(3)}`,
    '',
    `pages: ${slugs.length}; disagreements with expected-metadata.json (ours vs expected):`,
    formatTable(
      ['page', 'field', 'ours', 'expected'],
      misses.map((m) => m.map((c) => c.slice(0, 70))),
    ),
  ].join('\n');
  return {
    table,
    metrics: { ...ours, titleModSuffix: titleModSuffix / n, pages: slugs.length, baseline: base },
  };
}
