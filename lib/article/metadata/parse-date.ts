/**
 * Parses the date strings pages print into ISO 8601, deterministically (never through the
 * host's time zone): ISO forms keep their offset (as `+01:00`) or stay floating without one
 * ("2019-04-28T06:01:00"), date-only forms stay dates ("2019-11-19"), RFC 2822 and Unix times
 * become UTC, and written dates ("Nov. 19, 2019 10:48 AM", "20 April 2019", "20 Apr" with a
 * known year, "22 de outubro de 2010") are read word by word.
 * Pinned by tests/unit/article/parse-date.test.ts.
 */

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january', 'janvier', 'januar', 'enero', 'janeiro', 'gennaio', 'januari', 'ene'],
  [
    'feb',
    'february',
    'février',
    'fevrier',
    'februar',
    'febrero',
    'fevereiro',
    'febbraio',
    'februari',
    'fév',
    'fev',
  ],
  ['mar', 'march', 'mars', 'märz', 'marz', 'marzo', 'março', 'marco', 'maart', 'mär'],
  ['apr', 'april', 'avril', 'abril', 'aprile', 'avr', 'abr'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei', 'mag'],
  ['jun', 'june', 'juin', 'juni', 'junio', 'junho', 'giugno', 'giu'],
  ['jul', 'july', 'juillet', 'juli', 'julio', 'julho', 'luglio', 'juil', 'lug'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'augustus', 'ago'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setembro', 'settembre', 'set'],
  ['oct', 'october', 'octobre', 'oktober', 'octubre', 'outubro', 'ottobre', 'okt', 'out', 'ott'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  [
    'dec',
    'december',
    'décembre',
    'decembre',
    'dezember',
    'diciembre',
    'dezembro',
    'dicembre',
    'dez',
    'dic',
    'déc',
  ],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** "26.05.2019" (day first, as written where dots are used) or "2019/05/26", with an optional time. */
const NUMERIC = /\b(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})\/(\d{1,2})\/(\d{1,2}))\b/;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isValidDay(y: number, m: number, d: number): boolean {
  return (
    y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
  );
}

function fromIso(match: RegExpMatchArray): string | null {
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  if (!isValidDay(+y!, +mo!, +d!)) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (+h > 23 || +mi! > 59 || +(s ?? 0) > 60) return null;
  const time = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ? `.${frac.slice(0, 3)}` : ''}`;
  if (!zone) return time;
  const offset =
    zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, hh, mm) => `${hh}:${mm ?? '00'}`);
  return Number.isFinite(Date.parse(time + offset)) ? time + offset : null;
}

function fromNumeric(m: RegExpMatchArray, text: string): string | null {
  const [y, mo, d] = m[3] ? [+m[3], +m[2]!, +m[1]!] : [+m[4]!, +m[5]!, +m[6]!];
  if (!isValidDay(y, mo, d)) return null;
  const time = text.slice((m.index ?? 0) + m[0].length).match(/(\d{1,2}):(\d{2})/);
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  return time && +time[1]! <= 23 ? `${date}T${pad(+time[1]!)}:${time[2]}:00` : date;
}

/** Reads "Nov. 19, 2019 10:48 AM", "19 November 2019", "22 de outubro de 2010 às 20:13". */
function fromWords(text: string, fallbackYear: number | null): string | null {
  const words = text.toLowerCase().match(/[\p{L}]+|\d+(?::\d{2})?/gu) ?? [];
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  let time: [number, number] | null = null;
  let pm: boolean | null = null;
  for (const w of words) {
    if (/^\d+:\d{2}$/.test(w)) time ??= w.split(':').map(Number) as [number, number];
    else if (/^\d{4}$/.test(w)) year ??= +w;
    else if (/^\d{1,2}$/.test(w) && day === null && +w >= 1 && +w <= 31) day = +w;
    else if (MONTHS[w] && month === null) month = MONTHS[w]!;
    else if (w === 'am' || w === 'pm') pm = w === 'pm';
  }
  year ??= fallbackYear;
  if (day === null || month === null || year === null || !isValidDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  const [clockHour, minute] = time;
  const hour = pm !== null && clockHour <= 12 ? (clockHour % 12) + (pm ? 12 : 0) : clockHour;
  return hour <= 23 && minute <= 59 ? `${date}T${pad(hour)}:${pad(minute)}:00` : date;
}

/**
 * Parses one date string to ISO 8601, or null. `fallbackYear` completes a written date with
 * no year ("London, 20 Apr").
 */
export function parseDate(raw: string | null | undefined, fallbackYear: number | null = null): string | null {
  const text = raw?.trim().slice(0, 200);
  if (!text) return null;
  const iso = text.match(ISO);
  if (iso) return fromIso(iso);
  const numeric = text.match(NUMERIC);
  if (numeric) return fromNumeric(numeric, text);
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = +text * (text.length === 10 ? 1000 : 1);
    const date = new Date(ms);
    return date.getUTCFullYear() >= 1990 && date.getUTCFullYear() <= 2100 ? date.toISOString() : null;
  }
  if (/\b(gmt|utc|[+-]\d{4})\b/i.test(text) && /\d{1,2}:\d{2}/.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return fromWords(text, fallbackYear);
}
