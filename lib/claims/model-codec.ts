/**
 * The shipped scorer's file format. Each logistic model keeps only its non-zero hash slots:
 * slot gaps as base64 varints and weights as base64 int8 (times `scale`), so ~25k features fit
 * in well under 100 KB of JSON that a service worker bundle imports like any module. The eval
 * packs and unpacks every fold's scorer, so its figures are those of the quantized weights.
 */
import { splitModel, type LogisticModel, type ScorerWeights } from './train';

/** One packed logistic model. */
export interface PackedLogistic {
  bias: number;
  scale: number;
  /** base64 of varint gaps between successive non-zero slots */
  slots: string;
  /** base64 of int8 weights, one per slot */
  values: string;
}

/** model.json: the three models plus what they were trained on. */
export interface PackedScorer {
  format: 'claims-hashed-logreg-v1';
  bits: number;
  threshold: number;
  direct: PackedLogistic;
  factual: PackedLogistic;
  important: PackedLogistic;
  trainedOn?: { files: string[]; debates: string[]; rows: number };
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function packLogistic(model: LogisticModel): PackedLogistic {
  let maxAbs = 1e-9;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 127;
  const gaps: number[] = [];
  const values: number[] = [];
  let previous = -1;
  model.weights.forEach((w, slot) => {
    const q = Math.round(w / scale);
    if (q === 0) return;
    for (let gap = slot - previous; ; gap >>>= 7) {
      if (gap < 0x80) {
        gaps.push(gap);
        break;
      }
      gaps.push((gap & 0x7f) | 0x80);
    }
    values.push(q & 0xff);
    previous = slot;
  });
  return {
    bias: Math.round(model.bias * 1e4) / 1e4,
    scale,
    slots: encodeBase64(Uint8Array.from(gaps)),
    values: encodeBase64(Uint8Array.from(values)),
  };
}

/**
 * Writes the non-zero weights of one packed model into column `k` of the interleaved table
 * (slot * 3 + k) and marks them present: only the ~25k stored slots are touched, so decoding costs
 * about a millisecond where expanding three full arrays and interleaving them cost tens of
 * milliseconds cold.
 */
function unpackInto(weights: ScorerWeights, k: number, packed: PackedLogistic): void {
  const { table, present } = weights;
  // Read the decoded base64 strings directly (one pass each, no intermediate byte arrays).
  const gaps = atob(packed.slots);
  const values = atob(packed.values);
  const scale = packed.scale;
  const bit = 1 << k;
  const size = 1 << weights.bits;
  let slot = -1;
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    // a varint, 7 bits a byte; most gaps take one byte
    let byte = gaps.charCodeAt(at++);
    let gap = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = gaps.charCodeAt(at++);
      gap |= (byte & 0x7f) << shift;
    }
    if (byte !== byte) throw new Error('claims model: truncated slots'); // NaN: past the end
    slot += gap;
    if (slot >= size) throw new Error('claims model: slot out of range');
    const q = values.charCodeAt(i);
    table[slot * 3 + k] = (q > 127 ? q - 256 : q) * scale;
    present[slot] = present[slot]! | bit;
  }
}

/** Quantizes `model` for shipping. */
export function packScorer(model: ScorerWeights, trainedOn?: PackedScorer['trainedOn']): PackedScorer {
  return {
    format: 'claims-hashed-logreg-v1',
    bits: model.bits,
    threshold: model.threshold,
    direct: packLogistic(splitModel(model, 0)),
    factual: packLogistic(splitModel(model, 1)),
    important: packLogistic(splitModel(model, 2)),
    ...(trainedOn ? { trainedOn } : {}),
  };
}

/** Expands a packed scorer into weights `scoreFeatures` can use. */
export function unpackScorer(packed: PackedScorer): ScorerWeights {
  if (packed.format !== 'claims-hashed-logreg-v1') throw new Error(`claims model: unknown format`);
  const weights: ScorerWeights = {
    bits: packed.bits,
    threshold: packed.threshold,
    biases: [packed.direct.bias, packed.factual.bias, packed.important.bias],
    table: new Float32Array(3 << packed.bits),
    present: new Uint8Array(1 << packed.bits),
  };
  unpackInto(weights, 0, packed.direct);
  unpackInto(weights, 1, packed.factual);
  unpackInto(weights, 2, packed.important);
  return weights;
}
