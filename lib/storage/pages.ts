/**
 * Articles seen: one record per article (canonical page key), found again under any URL it was
 * seen at. Written only by the background.
 */
import { PageRecordSchema, type PageRecord } from './records';
import type { Db } from './open';
import type { PageContext } from '../models/page-context';
import { pageKeysOf, toPageKey } from '../urls';
import { registrableDomain } from '../publishers/from-page';
import { openWriteTx } from './write-tx';

/** The key an article is stored under: its canonical URL when that is on the same site. */
export function primaryPageKey(url: string, canonicalUrl: string | null | undefined): string {
  const keys = pageKeysOf(url, canonicalUrl);
  const canonical = keys[1];
  if (canonical && registrableDomain(canonical) === registrableDomain(url)) return canonical;
  return keys[0]!;
}

/** Finds the stored article for any URL it was seen under. */
export async function getPageByUrl(db: Db, url: string): Promise<PageRecord | null> {
  const key = toPageKey(url);
  const direct = (await db.get('pages', key)) ?? (await db.getFromIndex('pages', 'by-url', key));
  if (!direct) return null;
  const parsed = PageRecordSchema.safeParse(direct);
  return parsed.success ? parsed.data : null;
}

/** Stores (or refreshes) an article's context; returns the record and whether it is a new article. */
export async function putPageContext(
  db: Db,
  context: PageContext,
  contentHash: string,
  nowMs: number,
): Promise<{ record: PageRecord; isNew: boolean }> {
  const pageKey = primaryPageKey(context.url, context.article?.canonicalUrl);
  const tx = openWriteTx(db, 'pages');
  const existing = await tx.store.get(pageKey);
  const urls = new Set([
    ...(existing?.urls ?? []),
    ...pageKeysOf(context.url, context.article?.canonicalUrl),
  ]);
  const record = PageRecordSchema.parse({
    pageKey,
    urls: [...urls].slice(-50),
    publisherDomain: context.publisher.domain,
    context,
    contentHash,
    firstSeenAtMs: existing?.firstSeenAtMs ?? nowMs,
    lastSeenAtMs: nowMs,
    visits: (existing?.visits ?? 0) + 1,
  });
  await tx.store.put(record);
  await tx.done;
  return { record, isNew: !existing };
}
