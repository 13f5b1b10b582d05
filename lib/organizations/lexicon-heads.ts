/**
 * The words that make a capitalised phrase an organization: heads ("Council", "Party", "Bank"),
 * company designators ("Inc", "Ltd", leading "PT"), and the common nouns that introduce or follow
 * a name ("brewer Brovia", "Velta news agency"). Each carries the type it suggests. Hand-written
 * from general knowledge of naming conventions; pinned by tests/unit/organizations/classify.test.ts.
 */
import { toSet } from './lexicon-words';

/** Organization types the text can tell. */
export type OrgType =
  | 'government'
  | 'legislature'
  | 'court'
  | 'party'
  | 'armed-group'
  | 'company'
  | 'news-outlet'
  | 'ngo'
  | 'international'
  | 'education'
  | 'sports-club';

const TYPE_CODES: Record<string, OrgType | null> = {
  g: 'government',
  l: 'legislature',
  j: 'court',
  p: 'party',
  a: 'armed-group',
  c: 'company',
  n: 'news-outlet',
  o: 'ngo',
  i: 'international',
  e: 'education',
  s: 'sports-club',
  x: null,
};

/** Parses "Word:code Word:code" into a Map of word to type (null when the word does not tell). */
export function toTypedMap(entries: string): Map<string, OrgType | null> {
  const map = new Map<string, OrgType | null>();
  for (const entry of entries.split(/\s+/)) {
    const [word, code] = entry.split(':');
    if (word) map.set(word.replace(/_/g, ' '), TYPE_CODES[code ?? 'x'] ?? null);
  }
  return map;
}

/** Last word of a name that makes it an organization ("... Council", "... Airways"). */
export const HEADS = toTypedMap(`
  Organization:x Organisation:x Council:x Corps:a Party:p Ministry:g Bank:c Agency:g Union:x
  Committee:x University:e College:e Institute:e Institution:x School:e Academy:e Association:o
  Society:o Federation:x Commission:g Board:g Authority:g Department:g Office:g Bureau:g
  Administration:g Directorate:g Secretariat:g Service:g Services:c Court:j Tribunal:j
  Parliament:l Senate:l Congress:l Assembly:l Duma:l Front:a Movement:x League:x Alliance:x
  Coalition:x Army:a Navy:a Force:a Forces:a Brigade:a Brigades:a Militia:a Guard:a Guards:a
  Police:g Group:c Company:c Corporation:c Airlines:c Airways:c Holdings:c Industries:c
  Systems:c Technologies:c Electronics:c Motors:c Petroleum:c Pharmaceuticals:c Securities:c
  Insurance:c Investments:c Partners:c Brothers:c Steel:c Mining:c Minerals:c Resources:c
  Telecom:c Communications:c Media:c Publishing:c Broadcasting:n Television:n Radio:n Press:n
  News:n Times:n Post:n Journal:n Herald:n Tribune:n Gazette:n Newsroom:n Desk:n Exchange:c
  Foundation:o Fund:x Trust:x Church:x Hospital:x Clinic:x Club:x Network:x Caucus:l
  Cabinet:g Chamber:x Laboratories:c Labs:c Bancorp:c Enterprises:c Ventures:c
  Breweries:c Brewery:c Foods:c Chemicals:c Shipping:c Railways:c Railway:c Lines:c Mobile:c
  United:s Rovers:s Athletic:s Wanderers:s Albion:s Watch:o International:o Worldwide:c
`);

/** Company designators after the name ("Ltd", "Plc"); the span keeps them. */
export const DESIGNATORS = toSet(`
  Inc Inc. Ltd Ltd. Corp Corp. Co Co. Cos Cos. Plc PLC plc SA S.A. AG NV N.V. BV B.V. GmbH SpA
  S.p.A. LLC L.L.C. LP L.P. LLP Pty Bhd Berhad Tbk AB ASA Oyj KK SE SAS Srl Limited Incorporated
`);

/** Company designators before the name ("PT Telekomunikasi Indonesia", "RAO Gazprom"). */
export const LEADING_DESIGNATORS = toSet('PT RAO OAO ZAO PAO AO JSC CV');

/** Connectors allowed inside a name when a head governs them ("Council of ... of Iran"). */
export const OF_CONNECTORS = toSet('of for on de du des della del di da');

/** Lowercase particles inside names ("Medecins sans Frontieres", "Piwowarskie w Zywcu"). */
export const NAME_PARTICLES = toSet('sans de la le du des der den van von y e w al el bin ibn');

/** Ministers hold portfolios: "Public Service Minister" is a person's title, not a body. */
export const PORTFOLIO_TITLES = toSet('Minister Ministers');

/** A lowercase noun right before a name that says what the name is ("brewer Brovia"). */
export const CUES_BEFORE = toTypedMap(`
  company:c firm:c group:c brewer:c brokerage:c bank:c carrier:c airline:c insurer:c reinsurer:c
  retailer:c maker:c manufacturer:c producer:c miner:c refiner:c exporter:c importer:c
  distributor:c supplier:c lender:c broker:c conglomerate:c operator:c developer:c subsidiary:c
  unit:c affiliate:c rival:c partner:c chain:c consultancy:c automaker:c carmaker:c
  shipper:c trader:c newspaper:n daily:n weekly:n magazine:n agency:x broadcaster:n channel:n
  tabloid:n website:n charity:o organisation:x organization:x party:p movement:x militia:a
  faction:x regulator:g watchdog:x network:x publisher:n studio:c
`);

/** Lowercase words right after a name that say it is an organization ("Norvik officials"). */
export const CUES_AFTER = toTypedMap(`
  officials:x official:x spokesman:x spokeswoman:x spokesperson:x shares:c shareholders:c
  stock:c executives:c chairman:x employees:x subsidiary:c unit:c newspaper:n daily:n
  agency:x headquarters:x board:x management:c
`);

/** Nouns after "X's" that only an organization has ("Norvik's debts", "Salomon's index"). */
export const POSSESSIVE_CUES = toSet(`
  shares stock profit profits earnings revenue revenues sales debts debt subsidiary subsidiaries
  unit units board shareholders chairman executives management headquarters parent takeover
  merger bid offer stake acquisition dividend turnover losses assets index bonds
`);

/** Job nouns before "at X" that make X an organization ("analyst at Orlik Plus"). */
export const JOBS_AT = toSet(`
  analyst analysts economist economists strategist strategists dealer dealers trader traders
  broker brokers director manager executive official officials researcher researchers professor
  spokesman spokeswoman chairman president
`);
