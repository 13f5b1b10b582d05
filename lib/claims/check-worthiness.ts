/**
 * Check-worthiness of one sentence (ClaimBuster's sense: a factual claim the public would want
 * checked): the cues that fire and the trained scorer's probability. The eval scores the
 * ClaimBuster sentences through this same function, so its figures are this code's.
 */
import { detectCues, type Cue } from './cues';
import { FeatureBuffer } from './features';
import { scoreFeatures } from './score';
import type { ScorerWeights } from './train';

/** Score in [0, 1], the verdict at the model's threshold, and the cues behind them. */
export interface Assessment {
  score: number;
  checkworthy: boolean;
  cues: Cue[];
}

/** Scores `sentence` with `model` (`buffer`: shared by the sentences of one article). */
export function assessSentence(
  sentence: string,
  model: ScorerWeights,
  buffer: FeatureBuffer = new FeatureBuffer(),
): Assessment {
  // one tokenization serves the cue pre-test and the features
  const cues = detectCues(sentence, buffer.readSentence(sentence));
  buffer.collect(cues);
  const score = scoreFeatures(model, buffer.features, buffer.count);
  return { score, checkworthy: score >= model.threshold, cues };
}
