/**
 * Measures anchoring 50 clippings on a 5,000-word article (a figure for the issue, not a test):
 *   npx tsx tests/unit/anchoring/measure-anchoring.ts
 * Scenarios: the text unchanged (saved positions hold) and the text edited (a paragraph inserted
 * at the top, so every clipping is re-found by quote, five passages reworded, three removed).
 */
import { performance } from 'node:perf_hooks';
import { anchorAllInText, anchorInText } from '../../../lib/anchoring/anchor-text';
import { describeSelection } from '../../../lib/anchoring/describe';
import type { AnchorResult, DescribedSelection } from '../../../lib/anchoring/types';
import { readFixture } from './helpers';

function nextRandom(seed: { value: number }): number {
  seed.value = (Math.imul(seed.value, 1_103_515_245) + 12_345) >>> 0;
  return seed.value / 2 ** 32;
}

/** About 5,000 words: the fixtures' words in a seeded order, sentences of 8-30 words, paragraphs of 4. */
function buildArticle(seed: { value: number }): string {
  const words = `${readFixture('harbour-ferry.txt')} ${readFixture('library-vote.txt')}`
    .split(/\s+/)
    .filter(Boolean);
  const sentences: string[] = [];
  for (let count = 0; count < 5_000;) {
    const length = 8 + Math.floor(nextRandom(seed) * 23);
    const sentence = Array.from({ length }, () => words[Math.floor(nextRandom(seed) * words.length)] ?? '');
    sentences.push(`${sentence.join(' ')}.`);
    count += length;
  }
  return sentences.map((s, i) => (i % 4 === 3 ? `${s}\n\n` : `${s} `)).join('');
}

/** Wall-clock and CPU milliseconds (CPU is steadier on a busy machine) of anchoring all clippings. */
function anchorAll(text: string, clippings: DescribedSelection[], batch: boolean) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const results: AnchorResult[] = batch
    ? anchorAllInText(text, clippings)
    : clippings.map((c) => anchorInText(text, c));
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, results };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const seed = { value: 2_025 };
const article = buildArticle(seed);
// One clipping in each fiftieth of the article, 20 to 300 characters long, so none overlap.
const slot = Math.floor(article.length / 50);
const clippings = Array.from({ length: 50 }, (_, i) => {
  const start = i * slot + Math.floor(nextRandom(seed) * (slot - 300));
  return describeSelection(article, start, start + 20 + Math.floor(nextRandom(seed) * 280));
});
let edited = `Correction: an earlier version misnamed the consultancy.\n\n${article}`;
for (const clipping of clippings.slice(0, 5)) {
  // Slightly reworded: two words of four letters or more get their first letter moved to the end.
  let words = 0;
  const reworded = clipping.quote.exact.replace(/\b(\w)(\w{3,})\b/g, (word, first: string, rest: string) =>
    ++words === 2 || words === 4 ? rest + first : word,
  );
  edited = edited.replace(clipping.quote.exact, reworded);
}
for (const clipping of clippings.slice(5, 8)) edited = edited.replace(clipping.quote.exact, '');

for (const [name, text] of [
  ['unchanged', article],
  ['edited', edited],
] as const) {
  const runs = Array.from({ length: 31 }, () => anchorAll(text, clippings, false));
  const batched = Array.from({ length: 31 }, () => anchorAll(text, clippings, true));
  const methods = new Map<string, number>();
  for (const r of runs[0]?.results ?? []) {
    const key = r.status === 'anchored' ? r.method : 'orphan';
    methods.set(key, (methods.get(key) ?? 0) + 1);
  }
  const words = text.split(/\s+/).length;
  const show = (r: { ms: number; cpuMs: number }[]) =>
    `${median(r.map((x) => x.ms)).toFixed(1)} ms wall / ${median(r.map((x) => x.cpuMs)).toFixed(1)} ms CPU`;
  console.log(
    `${name}: ${words} words, 50 clippings. First run: ${show(runs.slice(0, 1))}.` +
      ` Warm median: anchorInText x50 ${show(runs.slice(1))}; anchorAllInText ${show(batched)}.`,
    Object.fromEntries(methods),
  );
}
