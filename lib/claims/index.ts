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
import { splitSentences, type SentenceSpan } from './segment';
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

/**
 * `extractClaims` with a given scorer (tests and the eval pass their own). Plain loops rather than
 * callbacks: a callback is a new closure per article, which V8 optimized anew for each article
 * and dropped again at the next garbage collection.
 */
export function extractClaimsWith(
  text: string,
  organizations: readonly Organization[],
  model: ScorerWeights,
): Claim[] {
  compilePatterns();
  // each sentence's text sliced once, for every step that reads it
  const spans: SentenceSpan[] = [];
  const sentences: string[] = [];
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    if (!HAS_LETTER.test(sentence)) continue;
    spans.push(span);
    sentences.push(sentence);
  }
  const orgIndex = indexOrganizationNames(organizations);
  const speakers = attributeSentences(sentences, spans, findQuoteSpans(text), new Set(orgIndex.keys()));
  const features = ARTICLE_FEATURES;
  const claims: Claim[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const sentence = sentences[i]!;
    const { score, checkworthy, cues } = assessSentence(sentence, model, features);
    const { speaker, quoted, reported } = speakers[i]!;
    const allCues: Cue[] = cues; // detectCues' own new array: added to, not copied
    if (quoted) allCues.push('quotation');
    if (speaker && !allCues.includes('attribution')) allCues.push('attribution');
    if (span.isLine) allCues.push('heading');
    claims.push({
      text: sentence,
      checkworthy,
      score: Math.round(score * 1e4) / 1e4,
      kind: classifySentenceKind(sentence, allCues, { isReported: reported, checkworthy }),
      speaker,
      speakerOrganization: linkSpeakerOrganization(speaker, orgIndex),
      start: span.start,
      end: span.end,
      cues: allCues,
    });
  }
  claims.sort(byScoreThenStart);
  return claims.slice(0, MAX_CLAIMS);
}

/** Highest score first; reading order among equal scores. */
function byScoreThenStart(a: Claim, b: Claim): number {
  return b.score - a.score || a.start! - b.start!;
}
