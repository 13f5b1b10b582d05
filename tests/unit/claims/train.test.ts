import { describe, expect, it } from 'vitest';
import { assessSentence } from '../../../lib/claims/check-worthiness';
import { detectCues } from '../../../lib/claims/cues';
import { FeatureBuffer, collectFeatures, extractFeatureHashes } from '../../../lib/claims/features';
import { assignFolds, chooseThreshold, fitScorer, type GroupedRow } from '../../../lib/claims/fit';
import { packScorer, unpackScorer } from '../../../lib/claims/model-codec';
import { loadShippedScorer } from '../../../lib/claims/shipped-scorer';
import { tokenize } from '../../../lib/claims/tokens';
import { scoreFeatures } from '../../../lib/claims/score';
import { trainScorer, type Grade } from '../../../lib/claims/train';

// Text written for this test: numbers and past actions are check-worthy, opinions are not.
const EXAMPLES: [string, Grade][] = [
  ['Unemployment rose to 8 percent last year.', 2],
  ['The Senate passed the tax bill in 2019.', 2],
  ['He voted to cut 40 billion dollars from schools.', 2],
  ['Crime fell by 12 percent in the city.', 2],
  ['I met him in Chicago once.', 1],
  ['The hearing was on a Tuesday.', 1],
  ['I think we can do better.', 0],
  ['We must stand together.', 0],
  ['What a wonderful evening this is.', 0],
  ['Thank you all for coming.', 0],
];
const rows: GroupedRow[] = Array.from({ length: 6 }, (_, copy) =>
  EXAMPLES.map(([text, grade]) => ({
    features: extractFeatureHashes(text, detectCues(text)),
    grade,
    group: `debate-${copy}`,
  })),
).flat();

describe('training', () => {
  it('tokenizes with number shapes', () => {
    expect(tokenize('In 1999, 7.9% paid $35,000?')).toEqual([
      'in',
      '<year>',
      '<num>',
      'percent',
      'paid',
      '<money>',
      '<num>',
      '?',
    ]);
  });

  it('hashes features deterministically and without duplicates', () => {
    const a = extractFeatureHashes('Tax tax tax.', []);
    expect(a).toEqual(extractFeatureHashes('Tax tax tax.', []));
    expect(new Set(a).size).toBe(a.length);
  });

  it('gives the same features, in the same order, from a buffer shared by many sentences', () => {
    const long = Array.from({ length: 150 }, (_, i) => `word${i % 40} ${i}`).join(' ');
    const sentences = [...EXAMPLES.map(([text]) => text), long, 'Tax tax tax.', '', 'It’s 35% of $2,000.'];
    const shared = new FeatureBuffer();
    for (const text of [...sentences, ...sentences]) {
      const cues = detectCues(text);
      collectFeatures(text, cues, shared);
      const fresh = extractFeatureHashes(text, cues);
      expect(Array.from(shared.features.subarray(0, shared.count), (h) => h >>> 0)).toEqual(fresh);
      const model = loadShippedScorer();
      expect(scoreFeatures(model, shared.features, shared.count)).toBe(scoreFeatures(model, fresh));
    }
  });

  it('learns to separate claims from opinions, reproducibly', () => {
    const model = trainScorer(rows, { bits: 12, minCount: 1 });
    const again = trainScorer(rows, { bits: 12, minCount: 1 });
    expect(Array.from(again.table)).toEqual(Array.from(model.table));
    const claim = assessSentence('Spending rose 20 percent in 2019.', model);
    const opinion = assessSentence('I think we must do better.', model);
    expect(claim.score).toBeGreaterThan(opinion.score);
  });

  it('survives packing to int8 and back', () => {
    const model = trainScorer(rows, { bits: 12, minCount: 1 });
    const unpacked = unpackScorer(JSON.parse(JSON.stringify(packScorer(model))));
    for (const [text] of EXAMPLES) {
      expect(assessSentence(text, unpacked).score).toBeCloseTo(assessSentence(text, model).score, 1);
    }
  });

  it('unpacks to exactly the quantized weights, slot by slot, in every column', () => {
    const model = trainScorer(rows, { bits: 12, minCount: 1 });
    const packed = packScorer(model);
    const unpacked = unpackScorer(JSON.parse(JSON.stringify(packed)) as typeof packed);
    const scales = [packed.direct.scale, packed.factual.scale, packed.important.scale];
    let nonZero = 0;
    model.table.forEach((w, i) => {
      const scale = scales[i % 3]!;
      const quantized = Math.fround(Math.round(w / scale) * scale);
      expect(unpacked.table[i]).toBe(quantized === 0 ? 0 : quantized);
      if (quantized !== 0) nonZero++;
    });
    expect(nonZero).toBeGreaterThan(50);
    expect(unpacked.biases).toEqual([packed.direct.bias, packed.factual.bias, packed.important.bias]);
  });

  it('marks exactly the non-zero weights present, trained or unpacked', () => {
    const model = trainScorer(rows, { bits: 12, minCount: 1 });
    for (const scorer of [model, unpackScorer(packScorer(model)), loadShippedScorer()]) {
      scorer.table.forEach((w, i) => {
        const bit = (scorer.present[Math.floor(i / 3)]! >> (i % 3)) & 1;
        if (bit !== (w !== 0 ? 1 : 0)) expect.fail(`slot ${Math.floor(i / 3)}, model ${i % 3}`);
      });
    }
  });

  it('refuses a model whose slots run past its table', () => {
    const packed = packScorer(trainScorer(rows, { bits: 12, minCount: 1 }));
    expect(() => unpackScorer({ ...packed, bits: 4 })).toThrow(/slot out of range/);
  });

  it('picks a threshold by grouped cross-validation', () => {
    const model = fitScorer(rows, { bits: 12, minCount: 1 });
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('chooses the F1-best threshold and deals folds by group', () => {
    expect(chooseThreshold([0.9, 0.8, 0.3, 0.2], [true, true, false, false])).toBeGreaterThan(0.3);
    expect([...assignFolds(['b', 'a', 'c', 'a'], 2)]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
  });

  it('loads the shipped model', () => {
    const model = loadShippedScorer();
    expect(model.threshold).toBeGreaterThan(0);
    expect(assessSentence('Unemployment rose to 7.9 percent last year.', model).checkworthy).toBe(true);
    expect(assessSentence('Thank you very much.', model).checkworthy).toBe(false);
  });
});
