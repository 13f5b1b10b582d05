import { describe, expect, it } from 'vitest';
import { assessSentence } from '../../../lib/claims/check-worthiness';
import { detectCues } from '../../../lib/claims/cues';
import { FeatureBuffer, collectFeatures, extractFeatureHashes } from '../../../lib/claims/features';
import { assignFolds, chooseThreshold, fitScorer, type GroupedRow } from '../../../lib/claims/fit';
import { packScorer, unpackScorer } from '../../../lib/claims/model-codec';
import { loadShippedScorer } from '../../../lib/claims/shipped-scorer';
import { tokenize } from '../../../lib/claims/tokens';
import { scoreFeatures } from '../../../lib/claims/score';
import { isMarked, popCount, rankOf, splitModel, trainScorer, type Grade } from '../../../lib/claims/train';

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
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
    expect(Array.from(again.index)).toEqual(Array.from(model.index));
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
    ([0, 1, 2] as const).forEach((k) => {
      const trained = splitModel(model, k).weights;
      const expanded = splitModel(unpacked, k).weights;
      trained.forEach((w, slot) => {
        const quantized = Math.fround(Math.round(w / scales[k]!) * scales[k]!);
        expect(expanded[slot]).toBe(quantized === 0 ? 0 : quantized);
        if (quantized !== 0) nonZero++;
      });
    });
    expect(nonZero).toBeGreaterThan(50);
    expect(unpacked.biases).toEqual([packed.direct.bias, packed.factual.bias, packed.important.bias]);
  });

  it('marks exactly the slots with a non-zero weight, trained or unpacked, and ranks them in order', () => {
    const model = trainScorer(rows, { bits: 12, minCount: 1 });
    for (const scorer of [model, unpackScorer(packScorer(model)), loadShippedScorer()]) {
      const columns = ([0, 1, 2] as const).map((k) => splitModel(scorer, k).weights);
      let rank = 0;
      for (let slot = 0; slot < 1 << scorer.bits; slot++) {
        const nonZero = columns.some((weights) => weights[slot] !== 0);
        if (isMarked(scorer, slot) !== nonZero) expect.fail(`slot ${slot}`);
        if (!nonZero) continue;
        if (rankOf(scorer.index, slot) !== rank) expect.fail(`rank of slot ${slot}`);
        rank++;
      }
      expect(scorer.weights.length).toBe(rank * 3);
      expect(rank).toBeGreaterThan(50);
    }
  });

  it('scores exactly as summing the expanded models in feature order', () => {
    const model = loadShippedScorer();
    const columns = ([0, 1, 2] as const).map((k) => splitModel(model, k).weights);
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0);
    for (let trial = 0; trial < 200; trial++) {
      const features = Array.from({ length: trial % 60 }, random);
      const z = model.biases.slice();
      for (const f of features)
        for (let k = 0; k < 3; k++) z[k]! += columns[k]![f & ((1 << model.bits) - 1)]!;
      const expected = (sigmoid(z[0]!) + sigmoid(z[1]!) * sigmoid(z[2]!)) / 2;
      expect(scoreFeatures(model, features)).toBe(expected);
    }
  });

  it('counts bits like a plain loop', () => {
    const slow = (x: number) => {
      let n = 0;
      for (let i = 0; i < 32; i++) n += (x >>> i) & 1;
      return n;
    };
    for (const x of [0, 1, -1, 0x80000000, 0x7fffffff, 0x55555555, 0xaaaaaaaa, 123456789, -987654321])
      expect(popCount(x)).toBe(slow(x));
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
