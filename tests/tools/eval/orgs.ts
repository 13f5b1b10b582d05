/**
 * `npm run eval -- orgs <docs.jsonl> [--errors N]`: exact-span ORG precision/recall/F1 of
 * lib/organizations on CoNLL++ documents (../shared/corpus/ner/README.md), next to compromise's
 * `organizations()` run on the same text. CoNLL text is tokenised ("Reuters 's", "( AP )"), so this
 * reader detokenises it first and maps every gold span through an offset map; the extractor only
 * ever sees natural typography. Also reports the extractor's speed in CPU ms per 1,000 words.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { extractOrganizations } from '../../../lib/organizations/index';
import { formatTable, prf, type EvalResult } from './types';

interface GoldSpan {
  text: string;
  start: number;
  end: number;
}

interface Doc {
  id: string;
  text: string;
  orgs: GoldSpan[];
}

/** Tokenised text made natural, with `map[i]` = offset in `text` of original character `i`. */
export interface Detokenised {
  text: string;
  map: Int32Array;
}

const NO_SPACE_BEFORE = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  "'s",
  "'S",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  '...',
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** Joins CoNLL tokens the way a page would print them, keeping an offset map. */
export function detokenise(source: string): Detokenised {
  const map = new Int32Array(source.length + 1).fill(-1);
  let out = '';
  let quoteOpen = false;
  let glueNext = true;
  let pos = 0;
  for (const line of source.split('\n')) {
    if (pos > 0) out += '\n';
    glueNext = true;
    let col = pos;
    for (const tok of line.split(' ')) {
      let glue = glueNext || NO_SPACE_BEFORE.has(tok);
      glueNext = NO_SPACE_AFTER.has(tok);
      if (tok === '"') {
        glue = glue || quoteOpen;
        glueNext = !quoteOpen;
        quoteOpen = !quoteOpen;
      } else if (tok === "'" && (out.endsWith('s') || out.endsWith('S'))) glue = true;
      if (!glue && tok) out += ' ';
      for (let k = 0; k < tok.length; k++) map[col + k] = out.length + k;
      out += tok;
      col += tok.length + 1;
    }
    pos += line.length + 1;
  }
  map[source.length] = out.length;
  return { text: out, map };
}

function readDocs(path: string): Doc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
}

function spanKey(start: number, end: number): string {
  return `${start}:${end}`;
}

/** Compromise's organizations on `text`, trimmed of possessives and trailing punctuation. */
function baselineSpans(text: string): Set<string> {
  const out = new Set<string>();
  const matches = nlp(text).organizations().json({ offset: true }) as {
    offset: { start: number; length: number };
  }[];
  for (const m of matches) {
    let end = m.offset.start + m.offset.length;
    let s = text.slice(m.offset.start, end);
    const trimmed = s.replace(/(?:'s|')$/, '').replace(/[.,;:!?)"]+$/, '');
    end -= s.length - trimmed.length;
    s = trimmed;
    if (s) out.add(spanKey(m.offset.start, end));
  }
  return out;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function score(predicted: Set<string>, gold: Set<string>, tally: Tally): string[] {
  const misses: string[] = [];
  for (const p of predicted) {
    if (gold.has(p)) tally.tp++;
    else tally.fp++;
  }
  for (const g of gold) {
    if (!predicted.has(g)) {
      tally.fn++;
      misses.push(g);
    }
  }
  return misses;
}

function describe(text: string, keys: Iterable<string>): string[] {
  return [...keys].map((k) => {
    const [s, e] = k.split(':').map(Number) as [number, number];
    return text.slice(s, e);
  });
}

/** Process CPU milliseconds so far (wall time is meaningless on a shared, loaded machine). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds for the extractor over all texts: best of ten passes once the JIT has warmed. */
function timeWarm(texts: string[]): number {
  let best = Infinity;
  for (let pass = 0; pass < 10; pass++) {
    const t0 = cpuMs();
    for (const text of texts) extractOrganizations(text);
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

/** Scores lib/organizations and compromise on a CoNLL++ docs.jsonl file. */
export async function run(path: string, args: string[]): Promise<EvalResult> {
  const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1] ?? 40) : 0;
  const docs = readDocs(path);
  const ours: Tally = { tp: 0, fp: 0, fn: 0 };
  const base: Tally = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  let gold = 0;
  let words = 0;
  let elapsedMs = 0;
  const texts: string[] = [];
  for (const doc of docs) {
    const { text, map } = detokenise(doc.text);
    texts.push(text);
    const goldSpans = new Set(doc.orgs.map((o) => spanKey(map[o.start]!, map[o.end - 1]! + 1)));
    gold += goldSpans.size;
    words += text.split(/\s+/).filter(Boolean).length;
    const t0 = cpuMs();
    const orgs = extractOrganizations(text);
    elapsedMs += cpuMs() - t0;
    const predicted = new Set(orgs.flatMap((o) => (o.spans ?? []).map((s) => spanKey(s.start, s.end))));
    const missed = score(predicted, goldSpans, ours);
    score(baselineSpans(text), goldSpans, base);
    if (errors.length < showErrors) {
      const extra = [...predicted].filter((p) => !goldSpans.has(p));
      errors.push(
        `${doc.id}\n  FP: ${describe(text, extra).join(' | ')}\n  FN: ${describe(text, missed).join(' | ')}`,
      );
    }
  }
  const metrics = { ...prf(ours.tp, ours.fp, ours.fn), baseline: prf(base.tp, base.fp, base.fn) };
  const coldMsPer1000Words = words ? (elapsedMs / words) * 1000 : 0;
  const msPer1000Words = words ? (timeWarm(texts) / words) * 1000 : 0;
  const table = formatTable(
    ['system', 'precision', 'recall', 'f1', 'tp', 'fp', 'fn'],
    [
      ['lib/organizations', metrics.precision, metrics.recall, metrics.f1, ours.tp, ours.fp, ours.fn],
      [
        'compromise organizations()',
        metrics.baseline.precision,
        metrics.baseline.recall,
        metrics.baseline.f1,
        base.tp,
        base.fp,
        base.fn,
      ],
    ],
  );
  const note =
    `\n${docs.length} documents, ${gold} gold ORG spans, ${words} words; extractor ` +
    `${msPer1000Words.toFixed(3)} CPU ms per 1,000 words warm (${coldMsPer1000Words.toFixed(3)} on the first, cold pass)`;
  return {
    table: (showErrors ? errors.join('\n') + '\n\n' : '') + table + note,
    metrics: { ...metrics, documents: docs.length, gold, words, msPer1000Words, coldMsPer1000Words },
  };
}
