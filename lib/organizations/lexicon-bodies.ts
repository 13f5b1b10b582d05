/**
 * Well-known bodies, written from general knowledge (not lifted from any evaluation file): names
 * that carry no head word ("Reuters", "Hamas"), types, and declared equivalents ("United
 * Nations" = "UN" = "U.N."). Each entry is `Name|Alias|...:type-code`. Pinned by
 * tests/unit/organizations/classify.test.ts (known-body rows).
 */
import type { OrgType } from './lexicon-heads';
import { toTypedMap } from './lexicon-heads';
import { PhraseIndex } from './phrase-index';

const ENTRIES = `
  United Nations|UN|U.N.:i; European Union|EU|E.U.:i; European Commission:i; NATO|North Atlantic
  Treaty Organization|North Atlantic Treaty Organisation:i; World Trade Organization|World Trade
  Organisation|WTO:i; International Monetary Fund|IMF:i; World Bank:i; OPEC|Organization of the
  Petroleum Exporting Countries:i; OECD:i; ASEAN|Association of Southeast Asian Nations:i; APEC:i;
  OSCE:i; World Health Organization|World Health Organisation|WHO:i; UNICEF:i; UNESCO:i; UNHCR:i;
  UNRWA:i; International Atomic Energy Agency|IAEA:i; International Committee of the Red
  Cross|ICRC:o; Red Cross:o; Red Crescent:o; Interpol:i; Europol:i; African Union|AU:i; Arab
  League:i; Gulf Cooperation Council|GCC:i; International Criminal Court|ICC:j; International
  Court of Justice|ICJ:j; Security Council:i; European Central Bank|ECB:g; Council of Europe:i;
  Asian Development Bank|ADB:i; EBRD:i; Mercosur:i; International Olympic Committee|IOC:i;
  FIFA:i; UEFA:i; Federal Bureau of Investigation|FBI:g; Central Intelligence Agency|CIA:g;
  National Security Agency|NSA:g; Drug Enforcement Administration|DEA:g; Internal Revenue
  Service|IRS:g; Securities and Exchange Commission|SEC:g; Food and Drug Administration|FDA:g;
  Environmental Protection Agency|EPA:g; NASA:g; Federal Aviation Administration|FAA:g; Federal
  Reserve|Fed:g; Pentagon:g; Congress:l; Senate:l; House of Representatives:l; Supreme Court:j;
  Bundesbank:g; Bundestag:l; Duma:l; Knesset:l; Majlis:l; Mossad:g; KGB:g; FSB:g; MI5:g; MI6:g;
  Scotland Yard:g; Hamas:a; Hezbollah|Hizbollah|Hizbullah:a; Taliban:a; al-Qaeda|al Qaeda|
  Al-Qaeda|al-Qaida:a; Islamic State|ISIS|ISIL|Daesh:a; Irish Republican Army|IRA:a; ETA:a;
  FARC:a; Boko Haram:a; al-Shabaab:a; Khmer Rouge:a; Tamil Tigers|LTTE:a; Shining Path:a;
  Palestine Liberation Organization|Palestine Liberation Organisation|PLO:x; Fatah:p; Likud:p;
  Labour:p; Sinn Fein:p; Kuomintang|KMT:p; African National Congress|ANC:p; Baath:p; Reuters|
  Reuter:n; Associated Press|AP:n; Agence France-Presse|AFP:n; Xinhua:n; Interfax:n; Itar-Tass|
  Tass:n; Kyodo:n; Yonhap:n; Bernama:n; ANSA:n; IRNA:n; Anadolu:n; BBC:n; CNN:n; Al Jazeera|
  Al-Jazeera:n; NPR:n; PBS:n; NBC:n; CBS:n; ABC:n; MSNBC:n; Dow Jones:n; Bloomberg:n;
  Greenpeace:o; Oxfam:o; Medecins Sans Frontieres|Medecins sans Frontieres|Doctors Without
  Borders|MSF:o; Amnesty International|Amnesty:o; Human Rights Watch:o; Transparency
  International:o; New York Stock Exchange|NYSE:c; Nasdaq:c; Google:c; Microsoft:c; Facebook:c;
  Twitter:c; IBM:c; Intel:c; NBA:i; NFL:i; NHL:i; NCAA:i
`;

/** A known body: its canonical name and type. */
export interface KnownBody {
  name: string;
  type: OrgType | null;
}

/** Known names (exact spelling, case-sensitive) to their canonical entry. */
export function buildKnownBodies(): PhraseIndex<KnownBody> {
  const map = new PhraseIndex<KnownBody>();
  for (const raw of ENTRIES.split(';')) {
    const entry = raw.replace(/\s+/g, ' ').trim();
    const colon = entry.lastIndexOf(':');
    if (colon < 0) continue;
    const names = entry
      .slice(0, colon)
      .split('|')
      .map((n) => n.trim());
    const code = entry.slice(colon + 1);
    const type = toTypedMap(`x:${code.trim()}`).get('x') ?? null;
    const canonical = names[0]!;
    for (const name of names) map.set(name, { name: canonical, type });
  }
  return map;
}
