/**
 * Organizations named in article text (issue 4). One linear pipeline, text in, data out:
 * tokens -> line modes -> capitalised runs -> words-only evidence (heads, designators, known
 * bodies, acronyms) -> declared equivalents "(ACR)" -> context cues -> repeats and short forms ->
 * "the Council" -> ALL-CAPS echoes -> "the Guard Corps" suffixes -> folding into organizations.
 */
import type { Organization } from '../models/page-context';
import { classifyRun } from './classify';
import { findByCue } from './cues';
import { findEquivalences } from './definitions';
import { foldOrganizations } from './fold';
import { collectForms, linkShortForms, toUpperForms } from './forms';
import { MentionTable } from './found';
import { buildKnownBodies } from './lexicon-bodies';
import { findLabels, readLineModes } from './lines';
import { collectSurnames } from './people';
import { findCapsEchoes, findHeadShortForms, findRepeats } from './repeats';
import { currentRests, indexRestsByLast, type RestsMemo } from './rests';
import { collectCommonWords } from './name-words';
import { findRuns } from './runs';
import { linkSuffixForms } from './suffix-forms';
import { tokenize } from './tokens';

const KNOWN_BODIES = buildKnownBodies();
const isKnown = (phrase: string) => KNOWN_BODIES.has(phrase);

/**
 * One mention table for every text (calls never overlap: all of it is synchronous). A table made
 * per text died with it, and V8 threw away the optimized code that had it built in at the next
 * garbage collection ("weak objects" deoptimizations): in the service worker, where articles come
 * one at a time with collections between them, detection ran unoptimized most of the time.
 */
const TABLE = new MentionTable(0);

/**
 * Finds the organizations named in `text` (paragraphs joined by "\n\n"), each with every mention
 * as a character span, folded across acronyms, short forms and declared equivalents, sorted by
 * mention count.
 */
export function extractOrganizations(text: string): Organization[] {
  const tokens = tokenize(text);
  const modes = readLineModes(tokens);
  const common = collectCommonWords(tokens);
  const runs = findRuns({ tokens, modes, labels: findLabels(tokens), known: isKnown, common });
  const table = TABLE.reset(tokens.length);
  for (const run of runs) for (const found of classifyRun(tokens, run, KNOWN_BODIES)) table.add(found);

  const rests: RestsMemo = { rests: [], mentions: -1 };
  const equivalences = findEquivalences(
    tokens,
    table,
    indexRestsByLast(currentRests(tokens, runs, table, rests)),
  );
  const surnames = collectSurnames(tokens, runs);
  for (const rest of currentRests(tokens, runs, table, rests)) {
    const found = findByCue(tokens, rest, surnames);
    if (found) table.add(found);
  }
  const forms = collectForms(tokens, table.all, surnames);
  linkShortForms(tokens, table.all, forms);
  findRepeats(tokens, currentRests(tokens, runs, table, rests), forms, surnames, table);
  findHeadShortForms(tokens, currentRests(tokens, runs, table, rests), table);
  findCapsEchoes(tokens, modes, toUpperForms(forms), table);
  linkSuffixForms(tokens, table.all);
  return foldOrganizations(text, tokens, table.all, equivalences);
}
