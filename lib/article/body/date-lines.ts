/**
 * Recognises paragraphs that are only a date or time ("sexta-feira, 22 de outubro de 2010 às
 * 20:13", "Nov. 20, 2019 6:02 AM EST", "Published 11:11 PM EST Nov 19, 2019 | Updated ..."),
 * in several languages, by removing every date-like word and seeing that nothing is left.
 * Pinned by tests/unit/article/noise-lines.test.ts.
 */

const DATE_WORDS = new RegExp(
  [
    // Months and weekdays (en, fr, es, pt, de, it, nl), full or abbreviated.
    'jan(uary|vier|uar|eiro)?|feb(ruary|ruar)?|f[eé]v(rier)?|fevereiro|febrero|mar(ch|s|zo|ço|z)?|m[aä]rz|apr(il)?|avr(il)?|abr(il)?',
    'may|mai|mayo|maio|maggio|mei|jun(e|i|io|ho)?|juin|giugno|jul(y|i|io|ho)?|juil(let)?|luglio|aug(ust)?|ao[uû]t|ago(sto)?',
    'sep(t|tember|tembre|tiembre|tembro)?|set(embro|tembre)?|oct(ober|obre|ubre)?|okt(ober)?|out(ubro)?|ottobre',
    'nov(ember|embre|iembre|embro)?|dec(ember)?|d[eé]c(embre)?|dez(ember|embro)?|dic(iembre|embre)?',
    'mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?',
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo',
    '(segunda|ter[cç]a|quarta|quinta|sexta)(-feira)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
    // Joining words, clock and time-zone words, and the verbs of a dateline.
    'de|del|do|da|à|às|a|at|on|le|am|um|uhr|of|the|el|en|et|y|e|und|a\\.m|p\\.m|pm',
    'est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|ist|jst|aest|aedt|gmt|utc|cet|cest|eet|eest',
    'published|updated|posted|last|modified|first|publi[ée]|mis à jour|actualizado|publicado|atualizado|ver[öo]ffentlicht|aktualisiert',
    "ago|hours?|minutes?|mins?|days?|hrs?|today|yesterday|heute|gestern|hoy|ayer|hoje|ontem|aujourd'hui|hier",
  ].join('|'),
  'giu',
);

/** Whether a short paragraph holds nothing but a date, a time and dateline words. */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  const rest = text
    .toLowerCase()
    .replace(/\d+(st|nd|rd|th|er|º)?/g, ' ')
    .replace(new RegExp(`(?<![\\p{L}])(${DATE_WORDS.source})(?![\\p{L}])`, 'giu'), ' ')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  return rest.length === 0;
}
