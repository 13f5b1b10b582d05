/**
 * Kind of a claim, after Full Fact's claim categories (Konstantinovskiy et al., "Toward
 * Automated Factchecking", 2021), adapted: what a reader checks first. Rules over the cues, in
 * priority order: reported speech with a speaker is a "quote" (a figure merely sourced
 * "according to X" keeps the kind of its content); first-person opinion, exhortation,
 * questions and bare value judgements are "opinion"; then future ("prediction"), law or official
 * action, numbers ("quantity"), cause and effect ("causal"), the writer's own experience.
 * Pinned by the kind column of tests/unit/claims/extract.test.ts and kind.test.ts.
 */
import { compileOnFirstUse } from './compile-patterns';
import type { Cue } from './cues';

export const CLAIM_KINDS = [
  'quantity',
  'causal',
  'official-action',
  'prediction',
  'personal-experience',
  'quote',
  'other-claim',
  'opinion',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** What `classifyKind` looks at besides the cues. */
export interface KindContext {
  /** The sentence reports someone's words (a reporting verb or quotation with a speaker). */
  isReported: boolean;
  /** The scorer's verdict: a non-check-worthy sentence with value words is an opinion. */
  checkworthy: boolean;
}

const VALUE_WORDS =
  /\b(?:nothing but|clearly|obviously|undoubtedly|of course|it is clear|it's clear|shameful|disgrace\w*|outrageous|cruel|inhumane|evil|weak|terrible|wonderful|great|greatest|best|worst|wrong|right to|deserves?|appeasement|no surprise|must be)\b/i;
const compileValueWords = compileOnFirstUse([VALUE_WORDS]);

/** The kind of a sentence with these cues. */
export function classifyKind(cues: readonly Cue[], context: KindContext): ClaimKind {
  // `cues.includes` written out rather than through a helper closure, one per call
  if (context.isReported) return 'quote';
  if (cues.includes('question') || cues.includes('exhortation') || cues.includes('first-person-opinion'))
    return 'opinion';
  if (cues.includes('prediction')) return 'prediction';
  if (cues.includes('official-action')) return 'official-action';
  if (cues.includes('quantity')) return 'quantity';
  if (cues.includes('causal')) return 'causal';
  if (cues.includes('personal-experience')) return 'personal-experience';
  if (cues.includes('attribution') || cues.includes('quotation')) return 'quote';
  return 'other-claim';
}

/** Like `classifyKind`, and calls an unsupported value judgement an opinion. */
export function classifySentenceKind(
  sentence: string,
  cues: readonly Cue[],
  context: KindContext,
): ClaimKind {
  const kind = classifyKind(cues, context);
  if (kind !== 'other-claim' || context.checkworthy) return kind;
  compileValueWords();
  return VALUE_WORDS.test(sentence) ? 'opinion' : kind;
}
