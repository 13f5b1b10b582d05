/**
 * Finds the later (or earlier) mentions of names the article has confirmed: exact repeats and
 * short forms inside unexplained runs ("Kestrel" after "Kestrel Gold Corp"), "the Council" for the
 * nearest council named in full, and confirmed names echoed in ALL-CAPS headlines. A surname
 * position ("Howard Hughes") or a title before the word ("Mr. Hughes") blocks a one-word match.
 * Pinned by tests/unit/organizations/repeats.test.ts.
 */
import { newFound, toKey, type Found, type MentionTable } from './found';
import type { Form } from './forms';
import { HEADS } from './lexicon-heads';
import { TITLES } from './lexicon-words';
import type { LineMode } from './lines';
import type { PhraseIndex } from './phrase-index';
import { joinTokens, type Run } from './runs';
import type { Token } from './tokens';

function isBlockedOneWord(tokens: Token[], rest: Run, at: number, surnames: Set<string>): boolean {
  const before = tokens[at - 1];
  if (before && TITLES.has(before.text.replace(/\.$/, ''))) return true;
  if (surnames.has(tokens[at]!.text)) return true;
  return at > rest.first && at === rest.last;
}

/** Marks repeats and short forms of confirmed names inside the unexplained runs. */
export function findRepeats(
  tokens: Token[],
  rests: Run[],
  forms: PhraseIndex<Form | null>,
  surnames: Set<string>,
  table: MentionTable,
): void {
  for (const rest of rests) {
    let p = rest.first;
    while (p <= rest.last) {
      const match = forms.longestAt(tokens, p, rest.last);
      const form = match?.value;
      let used = 1;
      if (match && form && !(match.length === 1 && isBlockedOneWord(tokens, rest, p, surnames))) {
        const found = newFound(p, p + match.length - 1, form.evidence, null, form.key);
        if (table.add(found)) used = match.length;
      }
      p += used;
    }
  }
}

function lastHeadWord(tokens: Token[], found: Found): string | undefined {
  for (let i = found.last; i >= found.first; i--) if (HEADS.has(tokens[i]!.text)) return tokens[i]!.text;
  return undefined;
}

/** Marks "the Council"-style short forms, bound to the nearest council named in full. */
export function findHeadShortForms(tokens: Token[], rests: Run[], table: MentionTable): void {
  if (!rests.some((r) => r.first === r.last && HEADS.has(tokens[r.first]!.text))) return;
  const named = table.all.filter((f) => f.last > f.first).sort((a, b) => a.first - b.first);
  const firstByHead = new Map<string, Found>();
  for (const f of named) {
    const head = lastHeadWord(tokens, f);
    if (head && !firstByHead.has(head)) firstByHead.set(head, f);
  }
  const latest = new Map<string, Found>();
  let k = 0;
  for (const rest of rests) {
    for (; k < named.length && named[k]!.first < rest.first; k++) {
      const head = lastHeadWord(tokens, named[k]!);
      if (head) latest.set(head, named[k]!);
    }
    const word = tokens[rest.first]!.text;
    if (rest.first !== rest.last || !HEADS.has(word)) continue;
    if (tokens[rest.first - 1]?.text.toLowerCase() !== 'the') continue;
    const target = latest.get(word) ?? firstByHead.get(word);
    if (!target) continue;
    const link = target.link ? toKey(target.link) : toKey(joinTokens(tokens, target.first, target.last));
    table.add(newFound(rest.first, rest.first, 'the-head', target.type, link));
  }
}

/** Marks confirmed names repeated in ALL-CAPS lines ("TASMAN BANK" for "Tasman Bank"). */
export function findCapsEchoes(
  tokens: Token[],
  modes: LineMode[],
  upper: PhraseIndex<Form>,
  table: MentionTable,
): void {
  for (let p = 0; p < tokens.length; p++) {
    if (modes[p] !== 'caps' || tokens[p]!.kind !== 'word') continue;
    const match = upper.longestAt(tokens, p, tokens.length - 1);
    if (!match) continue;
    const last = p + match.length - 1;
    if (table.add(newFound(p, last, 'caps-echo', null, match.value.key))) p = last;
  }
}
