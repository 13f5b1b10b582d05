/**
 * Cues: the surface signals that explain a sentence's check-worthiness and kind. Each is one
 * regex over the sentence, written for news prose and debate speech (ClaimBuster), e.g.
 * "quantity" for "35 percent", "official-action" for "the bill was passed by the Senate",
 * "exhortation" for "we must" or "the only way to ... is to". They feed the scorer as features
 * and `classifyKind` as rules; the names are shown to readers as the reasons for a score.
 * Pinned by tests/unit/claims/cues.test.ts and the fixture tables in extract.test.ts.
 */
import { compileOnFirstUse } from './compile-patterns';
import { CUE_BITS, findPossibleCues, QUANTITY_BIT, QUANTITY_WORDS } from './cue-words';

/** Every cue name `detectCues` can return, in the order they are tested. */
export const CUE_NAMES = [
  'quantity',
  'comparison',
  'named-actor',
  'official-action',
  'causal',
  'hedge',
  'first-person-opinion',
  'exhortation',
  'question',
  'prediction',
  'attribution',
  'personal-experience',
  'past-event',
] as const;
export type Cue = (typeof CUE_NAMES)[number] | 'quotation' | 'heading';

/** A digit or a number word (cue-words.ts lists them, for the quantity pre-test). */
const NUM = String.raw`(?:\d|\b(?:${QUANTITY_WORDS.join('|')})\b)`;

/** The pattern of each cue (exported for the test that pins cue-words.ts against them). */
export const PATTERNS: Readonly<Record<(typeof CUE_NAMES)[number], RegExp>> = {
  quantity: new RegExp(NUM + String.raw`|[$%£€]`, 'i'),
  comparison:
    /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|most|least|highest|lowest|largest|biggest|best|worst|increas\w*|decreas\w*|doubled|tripled|rose|risen|fell|fallen|dropped|grew|grown|declined|raised|cut|surged|soared|plunged|record|compared|than|since \d{4})\b/i,
  'named-actor':
    /\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)* (?:has |have |had |was |were )?(?:[a-z]+ed|met|went|sent|made|took|gave|won|led|ran|told|paid|said|spent|sold|bought|built|left|began|brought|fought|caught|struck|kept|held|stood|wrote|says|wants|plans|supports|opposes)\b/,
  'official-action':
    /\b(?:pass(?:ed|es)|sign(?:ed|s)|veto(?:ed|es)?|vot(?:ed|es)|enact\w*|ratif\w*|approv(?:ed|es)|ruled|sanction\w*|bills?|laws?|legislation|executive order|regulations?|treaty|designat\w+|banned|imposed|appointed|indicted|convicted|amendment|resolution|decree)\b/i,
  causal:
    /\b(?:caus\w*|because|due to|led to|leads? to|lead to|result(?:s|ed)? in|as a result|responsible for|blam\w*|thanks to|contribut\w* to|linked to|created|driv(?:es|en)|kill(?:ed|s)|destroy\w*|so that)\b/i,
  hedge:
    /\b(?:may|might|could|perhaps|possibly|probably|likely|reportedly|allegedly|apparently|appears?|seems?|suggests?|estimated|roughly|nearly|almost|about|around)\b/i,
  'first-person-opinion':
    /\b(?:I|we)(?: (?:do not|don't|really|also|still|strongly|just))? (?:think|believe|feel|hope|want|support|oppose|favou?r|agree|disagree|trust|doubt|am (?:for|against|convinced|sure|proud|not)|'m (?:for|against|convinced|sure|proud|not))\b|\bin my (?:opinion|view|judgment)\b/i,
  exhortation:
    /\b(?:must|should|ought to|needs? to|ha(?:ve|s) to|got to|let's|let us|it is time|it's time|the only way to|we cannot allow|we can't allow|we can not allow)\b/i,
  question: /\?\s*["'”’)]*\s*$/,
  prediction:
    /\b(?:will|won't|going to|gonna|is set to|are set to|expects?|expected to|forecast\w*|predict\w*|project(?:ed|s) to|next (?:year|month|week|decade))\b/i,
  attribution:
    /\b(?:said|says|say|told|tells|according to|claim(?:ed|s)|stat(?:ed|es)|argu(?:ed|es)|insist(?:ed|s)|warn(?:ed|s)|declar(?:ed|es)|announc(?:ed|es)|wrote|tweet(?:ed|s)|alleg(?:ed|es)|accus(?:ed|es)|admitt(?:ed)|admits|denied|denies|noted|added|asserted|reported|testified)\b/i,
  'personal-experience':
    /\b(?:I|we) (?:was|were|met|saw|visited|talked|spoke|grew up|lived|worked|served|went|remember|heard|had)\b|\bmy (?:father|mother|dad|mom|family|wife|husband|son|daughter|brother|sister|grandfather|grandmother)\b/i,
  'past-event':
    /\b(?:was|were|had|did|ago|last (?:year|month|week)|in (?:19|20)\d\d|yesterday|earlier this)\b/i,
};

/** Years and calendar dates say when, not how much: "in 2019" and "on July 1" are no quantity. */
const DATES =
  /\b(?:1[89]|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/g;

/** The patterns in `CUE_NAMES` order, for an indexed loop (no iterator, no keyed lookups). */
const PATTERN_LIST: readonly RegExp[] = CUE_NAMES.map((name) => PATTERNS[name]);
/** Each cue's bit in `findPossibleCues` masks (cue-words.ts); 0 for cues always tested. */
const PRETEST_BITS: readonly number[] = CUE_NAMES.map((name) =>
  name === 'quantity' ? QUANTITY_BIT : (CUE_BITS.get(name) ?? 0),
);
const compilePatterns = compileOnFirstUse([...PATTERN_LIST, DATES]);

/**
 * Names of the cues that fire on `sentence`, in `CUE_NAMES` order. `possible` is the sentence's
 * pre-test mask (cue-words.ts), when the caller has it from the feature tokens already.
 */
export function detectCues(sentence: string, possible = findPossibleCues(sentence)): Cue[] {
  compilePatterns();
  const cues: Cue[] = [];
  for (let i = 0; i < CUE_NAMES.length; i++) {
    const name = CUE_NAMES[i]!;
    const bit = PRETEST_BITS[i]!;
    if (bit !== 0 && (possible & bit) === 0) continue; // none of its first words is there
    if (!PATTERN_LIST[i]!.test(sentence)) continue;
    // A date needs a digit and a digit alone is a quantity, so a sentence without the cue as
    // written has no date to remove: the date-free text is built only when the cue fires.
    if (name === 'quantity' && !PATTERNS.quantity.test(sentence.replace(DATES, ' '))) continue;
    cues.push(name);
  }
  return cues;
}
