/**
 * Check-worthy claims in article text: every sentence (segment.ts) with a check-worthiness score
 * and verdict (check-worthiness.ts), the cues behind them, a kind (kind.ts) and a speaker
 * (speakers.ts) linked to the page's organizations when it is one. Sorted by score, highest
 * first; `start` gives reading order back. Pinned by tests/unit/claims/extract.test.ts.
 */
import type { Claim, Organization } from '../models/page-context';
import { assessSentence } from './check-worthiness';
import { compileOnFirstUse } from './compile-patterns';
import type { Cue } from './cues';
import { FeatureBuffer } from './features';
import { classifySentenceKind } from './kind';
import { indexOrganizationNames, linkSpeakerOrganization } from './link-organizations';
import { findQuoteSpans } from './quotes';
import { splitSentences } from './segment';
import { loadShippedScorer } from './shipped-scorer';
import { attributeSentences } from './speakers';
import type { ScorerWeights } from './train';

/** PageContext holds at most this many claims; the lowest-scored go first. */
export const MAX_CLAIMS = 2_000;

/** A sentence without a letter ("2-1", "***") is no claim. */
const HAS_LETTER = /\p{L}/u;
const compilePatterns = compileOnFirstUse([HAS_LETTER]);

/** Scores, types and attributes the sentences of `text`. */
export function extractClaims(text: string, organizations: Organization[] = []): Claim[] {
  return extractClaimsWith(text, organizations, loadShippedScorer());
}

/**
 * One feature buffer for every article (calls never overlap: all of it is synchronous). A buffer
 * made per article died with it, and V8 threw away the optimized code that had the dead buffer
 * built in at the next garbage collection ("weak objects"): in the service worker, where articles
 * come one at a time with collections between them, the scoring ran unoptimized most of the time.
 */
const ARTICLE_FEATURES = new FeatureBuffer();

/** `extractClaims` with a given scorer (tests and the eval pass their own). */
export function extractClaimsWith(
  text: string,
  organizations: readonly Organization[],
  model: ScorerWeights,
): Claim[] {
  compilePatterns();
  const spans = splitSentences(text).filter((s) => HAS_LETTER.test(text.slice(s.start, s.end)));
  const orgIndex = indexOrganizationNames(organizations);
  const speakers = attributeSentences(text, spans, findQuoteSpans(text), new Set(orgIndex.keys()));
  const features = ARTICLE_FEATURES;
  const claims = spans.map((span, i): Claim => {
    const sentence = text.slice(span.start, span.end);
    const { score, checkworthy, cues } = assessSentence(sentence, model, features);
    const { speaker, quoted, reported } = speakers[i]!;
    const allCues: Cue[] = cues.slice();
    if (quoted) allCues.push('quotation');
    if (speaker && !allCues.includes('attribution')) allCues.push('attribution');
    if (span.isLine) allCues.push('heading');
    return {
      text: sentence,
      checkworthy,
      score: Math.round(score * 1e4) / 1e4,
      kind: classifySentenceKind(sentence, allCues, { isReported: reported, checkworthy }),
      speaker,
      speakerOrganization: linkSpeakerOrganization(speaker, orgIndex),
      start: span.start,
      end: span.end,
      cues: allCues,
    };
  });
  claims.sort((a, b) => b.score - a.score || a.start! - b.start!);
  return claims.slice(0, MAX_CLAIMS);
}
