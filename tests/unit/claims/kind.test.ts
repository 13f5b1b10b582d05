import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../lib/claims/cues';
import { classifyKind, classifySentenceKind, type ClaimKind } from '../../../lib/claims/kind';

describe('classifyKind', () => {
  it.each<[string, Cue[], boolean, ClaimKind]>([
    ['reported speech wins', ['attribution', 'quantity'], true, 'quote'],
    ['question', ['question', 'quantity'], false, 'opinion'],
    ['exhortation', ['exhortation'], false, 'opinion'],
    ['future', ['prediction', 'quantity'], false, 'prediction'],
    ['law', ['official-action', 'quantity'], false, 'official-action'],
    ['numbers', ['quantity', 'comparison'], false, 'quantity'],
    ['cause', ['causal'], false, 'causal'],
    ['own experience', ['personal-experience', 'past-event'], false, 'personal-experience'],
    ['unattributed speech', ['attribution'], false, 'quote'],
    ['nothing special', ['named-actor'], false, 'other-claim'],
  ])('%s', (_name, cues, isReported, kind) => {
    expect(classifyKind(cues, { isReported, checkworthy: true })).toBe(kind);
  });

  it('calls a bare value judgement that is not check-worthy an opinion', () => {
    const sentence = 'This anger is nothing but proof that the regime is weak.';
    expect(classifySentenceKind(sentence, [], { isReported: false, checkworthy: false })).toBe('opinion');
    expect(classifySentenceKind(sentence, [], { isReported: false, checkworthy: true })).toBe('other-claim');
  });
});
