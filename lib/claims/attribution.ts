/**
 * Attribution: who a sentence says is speaking. Reads "according to X", "X said (that)", "X
 * claimed", "X even went as far as to say", quote tags ('"...," said X' and '"...," X said'),
 * and "X attacked Y in a speech saying ..." (the subject of a sentence that reports a speech,
 * statement, interview or tweet). A pronoun speaker is returned as is; resolve-speakers.ts
 * links it to an earlier name. Why: a claim's weight depends on who makes it, and news prose
 * reports most claims second-hand. Pinned by tests/unit/claims/attribution.test.ts.
 */
import { compileOnFirstUse } from './compile-patterns';
import { isNameable, normalizeSpeaker, readSubject } from './noun-phrases';

/** How the speaker was found. */
export type AttributionVia = 'according-to' | 'quote-tag' | 'reporting-verb' | 'speech';

/** A sentence's speaker as written (pronouns unresolved). */
export interface Attribution {
  speaker: string;
  via: AttributionVia;
}

const VERB =
  'said|says|say|saying|told|tells|claimed|claims|stated|states|argued|argues|insisted|insists|warned|warns|' +
  'declared|declares|announced|announces|wrote|writes|tweeted|tweets|alleged|alleges|accused|accuses|' +
  'admitted|admits|denied|denies|noted|notes|added|adds|asserted|asserts|explained|explains|testified|' +
  'maintained|maintains|suggested|suggests|acknowledged|confirmed|revealed|reported|predicted|boasted|repeated';
const ACCORDING = /\baccording to ([^,.;:!?()"“”]{2,80})/i;
const TAG_VERB_FIRST = new RegExp(String.raw`[,!?…]\s*["”]\s+(?:${VERB})\s+([^,;:!?"“”]{2,60})`);
const TAG_SPEAKER_FIRST = new RegExp(String.raw`[,!?…]\s*["”]\s+([^,.;:!?"“”]{2,60}?)\s+(?:${VERB})\b`);
const REPORTING = new RegExp(
  String.raw`\b(?:(?:went|go|goes|going|gone)\s+(?:(?:as|so)\s+far\s+as\s+|on\s+)to\s+say|${VERB})\b`,
  'i',
);
/** Words between a speaker and the reporting verb: "X has also said", "X even went ...". */
const AUXILIARIES = new Set(
  'has have had also even later then once repeatedly publicly previously recently is are was were been keeps kept'.split(
    ' ',
  ),
);
const SPEECH =
  /\b(?:in|during) (?:a|an|his|her|their|its|the) (?:[a-z]+ )?(?:speech|statement|interview|tweet|post|letter|address|press conference|remarks|op-ed|sermon|broadcast)\b|\b(?:on|in) (?:Twitter|Facebook|Telegram|television|state TV|state media)\b/;
const BOUNDARY = /[,;:()"“”—–]|\b(?:that|and|but|while|when|because|if|so|after|before|as)\b/gi;
const compilePatterns = compileOnFirstUse([
  ACCORDING,
  TAG_VERB_FIRST,
  TAG_SPEAKER_FIRST,
  REPORTING,
  SPEECH,
  BOUNDARY,
]);

// Word lists for readTailSpeaker (exact, whole-word tests: Set lookups rather than regexes).
// Lower-casing matches the pronouns as /i would: no other character lower-cases into their letters.
const TAIL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const TAIL_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** The speaker phrase at the end of `tail` ("On Twitter he" gives "he"), if nameable. */
function readTailSpeaker(tail: string): string | null {
  const words = tail.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  if (TAIL_PRONOUNS.has(last.toLowerCase())) return last;
  for (let from = Math.max(0, words.length - 10); from < words.length; from++) {
    const first = words[from]!;
    const initial = first.charCodeAt(0);
    if (!(initial >= 65 && initial <= 90) && !TAIL_DETERMINERS.has(first)) continue;
    const phrase = words.slice(from).join(' ');
    if (
      /\b(?:the|a|an)\b/i.test(
        words
          .slice(from + 1)
          .join(' ')
          .replace(/\b(?:of|for|at) (?:the|a|an)\b/gi, ''),
      )
    )
      continue;
    if (isNameable(phrase)) return normalizeSpeaker(phrase);
  }
  return null;
}

/** Index where the auxiliaries and adverbs before `verbAt` begin. */
function skipAuxiliariesBack(sentence: string, verbAt: number): number {
  let at = verbAt;
  for (;;) {
    const word = /([A-Za-z]+)\s+$/.exec(sentence.slice(Math.max(0, at - 16), at));
    if (!word || !AUXILIARIES.has(word[1]!.toLowerCase())) return at;
    at -= word[0].length;
  }
}

/** Where the last two clause boundaries of a text start and end (-1 when there are fewer). */
interface LastBoundaries {
  previousEnd: number;
  lastStart: number;
  lastEnd: number;
}

/** The last two matches of BOUNDARY in `before`, from one exec loop (no array of every match). */
function findLastBoundaries(before: string): LastBoundaries {
  const cuts: LastBoundaries = { previousEnd: -1, lastStart: -1, lastEnd: -1 };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(before); m; m = BOUNDARY.exec(before)) {
    cuts.previousEnd = cuts.lastEnd;
    cuts.lastStart = m.index;
    cuts.lastEnd = m.index + m[0].length;
  }
  return cuts;
}

/** Speaker of a reporting verb: the phrase before it, or the clause subject when coordinated. */
function readReportingSpeaker(sentence: string, verbAt: number): string | null {
  const before = sentence.slice(0, skipAuxiliariesBack(sentence, verbAt));
  const { previousEnd, lastStart, lastEnd } = findLastBoundaries(before);
  const tail = before.slice(lastStart >= 0 ? lastEnd : 0);
  if (tail.trim() || lastStart < 0) return readTailSpeaker(tail);
  // "X was unhappy and claimed ...": the speaker is the subject of the clause before "and";
  // "X, who ..., said": the subject of the sentence.
  const clause = readSubject(before.slice(previousEnd >= 0 ? previousEnd : 0, lastStart));
  const isComma = before.charAt(lastStart) === ',';
  return isComma ? (readSubject(sentence) ?? clause) : clause;
}

/** The speaker `sentence` attributes its content to, or null. */
export function findAttribution(sentence: string): Attribution | null {
  compilePatterns();
  const according = ACCORDING.exec(sentence);
  if (according) {
    const phrase = according[1]!.split(/\s+(?:that|who|which|is|are|was|were|has|have)\s+/)[0]!;
    if (isNameable(phrase)) return { speaker: normalizeSpeaker(phrase), via: 'according-to' };
  }
  // Both tag patterns need a closing quotation mark: most sentences have none.
  const hasQuote = sentence.includes('"') || sentence.includes('”');
  const tag = hasQuote ? (TAG_VERB_FIRST.exec(sentence) ?? TAG_SPEAKER_FIRST.exec(sentence)) : null;
  if (tag && isNameable(tag[1]!)) return { speaker: normalizeSpeaker(tag[1]!), via: 'quote-tag' };
  const verb = REPORTING.exec(sentence);
  if (verb) {
    const speaker = readReportingSpeaker(sentence, verb.index);
    if (speaker) return { speaker, via: 'reporting-verb' };
  }
  // 'He repeated the charge: "..."' names the speaker before the colon.
  const colon = sentence.includes(':') ? /^([^"“:]{2,120}):\s*["“]/.exec(sentence) : null;
  const colonSpeaker = colon ? readSubject(colon[1]!) : null;
  if (colonSpeaker) return { speaker: colonSpeaker, via: 'quote-tag' };
  if (SPEECH.test(sentence)) {
    const subject = readSubject(sentence);
    if (subject) return { speaker: subject, via: 'speech' };
  }
  return null;
}
