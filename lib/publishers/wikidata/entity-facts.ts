/**
 * Facts from a Wikidata item's statements: "truthy" values only (preferred statements when a
 * property has any, else normal ones; deprecated never), items as QIDs to label later, and the
 * inception (P571) as a year. Each fact links to the statement on the item's Wikidata page.
 */
import { z } from '../../models/zod';
import { QidSchema, type OpenDataFact, type OpenDataProperty } from './facts-schema';
import type { Entity } from './api-schemas';
import { WIKIDATA_ITEM_PAGE } from './endpoints';

const ITEM_PROPERTIES = ['P31', 'P127', 'P749', 'P17', 'P1142', 'P1387'] as const;
const MAX_VALUES_PER_PROPERTY = 10;

const StatementSchema = z.object({
  rank: z.enum(['preferred', 'normal', 'deprecated']).catch('normal'),
  mainsnak: z.object({
    snaktype: z.literal('value'),
    datavalue: z.object({ value: z.unknown() }),
  }),
});
const ItemValueSchema = z.object({ id: QidSchema });
const TimeValueSchema = z.object({ time: z.string().regex(/^[+-]\d{1,16}-\d\d-\d\dT/) });

function truthyValues(raw: unknown[] | undefined): unknown[] {
  const parsed = (raw ?? [])
    .map((s) => StatementSchema.safeParse(s))
    .flatMap((r) => (r.success && r.data.rank !== 'deprecated' ? [r.data] : []));
  const preferred = parsed.filter((s) => s.rank === 'preferred');
  return (preferred.length > 0 ? preferred : parsed)
    .slice(0, MAX_VALUES_PER_PROPERTY)
    .map((s) => s.mainsnak.datavalue.value);
}

/** Year of a Wikidata time value ("+1998-00-00T00:00:00Z" -> "1998", BCE years negative). */
export function readYear(value: unknown): string | null {
  const time = TimeValueSchema.safeParse(value);
  if (!time.success) return null;
  const match = /^([+-])0*(\d+)-/.exec(time.data.time);
  if (!match?.[2]) return null;
  return `${match[1] === '-' ? '-' : ''}${match[2]}`;
}

/** Item-valued facts (value = QID until labelled) and the inception year of an entity. */
export function readEntityFacts(entity: Entity): OpenDataFact[] {
  const facts: OpenDataFact[] = [];
  const url = (property: OpenDataProperty) => `${WIKIDATA_ITEM_PAGE}${entity.id}#${property}`;
  for (const property of ITEM_PROPERTIES) {
    for (const value of truthyValues(entity.claims[property])) {
      const item = ItemValueSchema.safeParse(value);
      if (!item.success || facts.some((f) => f.property === property && f.qid === item.data.id)) continue;
      facts.push({
        property,
        value: item.data.id,
        qid: item.data.id,
        source: 'wikidata',
        url: url(property),
      });
    }
  }
  const years = truthyValues(entity.claims.P571)
    .map(readYear)
    .filter((y): y is string => y !== null);
  const earliest = years.sort((a, b) => Number(a) - Number(b))[0];
  if (earliest) facts.push({ property: 'P571', value: earliest, source: 'wikidata', url: url('P571') });
  return facts;
}

/** The QIDs whose labels the facts still need (at most 50, one wbgetentities call). */
export function listFactQids(facts: OpenDataFact[]): string[] {
  return [...new Set(facts.flatMap((f) => (f.qid ? [f.qid] : [])))].slice(0, 50);
}

/** Facts with item values replaced by their labels (a QID stays when it has no label). */
export function labelFacts(facts: OpenDataFact[], labels: Map<string, string>): OpenDataFact[] {
  return facts.map((f) => (f.qid && labels.has(f.qid) ? { ...f, value: labels.get(f.qid) ?? f.value } : f));
}
