/** Shared helpers for the organization tests: fixtures, pipeline slices and lookups. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyRun } from '../../../lib/organizations/classify';
import { buildKnownBodies } from '../../../lib/organizations/lexicon-bodies';
import { findLabels, readLineModes } from '../../../lib/organizations/lines';
import { collectCommonWords, type RunContext } from '../../../lib/organizations/name-words';
import { findRuns, joinTokens } from '../../../lib/organizations/runs';
import { tokenize } from '../../../lib/organizations/tokens';
import type { Organization } from '../../../lib/models/page-context';

const FIXTURES = fileURLToPath(new URL('../../fixtures/organizations/', import.meta.url));

/** A fixture paragraph file written for these tests. */
export function readFixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

const KNOWN = buildKnownBodies();

/** The chunker's context for `text`. */
export function contextOf(text: string): RunContext {
  const tokens = tokenize(text);
  const modes = readLineModes(tokens);
  return {
    tokens,
    modes,
    labels: findLabels(tokens),
    known: (p) => KNOWN.has(p),
    common: collectCommonWords(tokens),
  };
}

/** The capitalised runs of `text`, as written. */
export function runsOf(text: string): string[] {
  const ctx = contextOf(text);
  return findRuns(ctx).map((r) => text.slice(ctx.tokens[r.first]!.start, ctx.tokens[r.last]!.end));
}

/** What the words alone declare in `text`: "phrase/evidence" for every run. */
export function classifiedOf(text: string): string[] {
  const ctx = contextOf(text);
  return findRuns(ctx).flatMap((run) =>
    classifyRun(ctx.tokens, run, KNOWN).map(
      (f) => `${joinTokens(ctx.tokens, f.first, f.last)}/${f.evidence}`,
    ),
  );
}

/** The organization whose name or an alias is `form`. */
export function orgWith(orgs: Organization[], form: string): Organization | undefined {
  return orgs.find((o) => o.name === form || o.aliases.includes(form));
}

/** Every span text of every organization. */
export function spanTexts(orgs: Organization[]): string[] {
  return orgs.flatMap((o) => (o.spans ?? []).map((s) => s.text));
}
