/**
 * Describes one folded group as an Organization: display name (the longest form written in
 * running text, not an ALL-CAPS echo or "the Council"), aliases (every other form), spans with
 * role cues, first position and the best-supported type.
 */
import type { Found } from './found';
import type { OrgType } from './lexicon-heads';
import { findRole } from './roles';
import type { Token } from './tokens';

/** A found mention with its written text, folding key and character offset. */
export interface Mention {
  found: Found;
  text: string;
  key: string;
  start: number;
  /** A single all-caps token ("NCRI"). */
  acronym: boolean;
}

const TYPE_PRIORITY: Found['evidence'][] = ['known', 'cue', 'definition', 'head', 'designator'];

/** The type the strongest evidence in the group gives, or null. */
export function chooseType(group: Mention[]): OrgType | null {
  // loops rather than `find` callbacks: no closure per group
  for (const evidence of TYPE_PRIORITY) {
    for (const g of group) if (g.found.evidence === evidence && g.found.type) return g.found.type;
  }
  for (const g of group) if (g.found.type) return g.found.type;
  return null;
}

function isProperForm(m: Mention): boolean {
  const e = m.found.evidence;
  return e !== 'caps-echo' && e !== 'the-head' && !m.acronym;
}

function chooseName(group: Mention[]): string {
  let best: Mention | undefined;
  for (const m of group) if (isProperForm(m) && (!best || m.text.length > best.text.length)) best = m;
  if (best) return best.text;
  for (const m of group) if (m.found.evidence !== 'caps-echo') return m.text;
  return group[0]!.text;
}

function collectAliases(group: Mention[], name: string): string[] {
  const seen = new Set<string>([name.toLowerCase().replace(/\./g, '')]);
  const aliases: string[] = [];
  for (const m of group) {
    const alias = m.found.evidence === 'the-head' ? `the ${m.text}` : m.text;
    const norm = alias.toLowerCase().replace(/\./g, '');
    if (seen.has(norm) || m.found.evidence === 'caps-echo') continue;
    seen.add(norm);
    aliases.push(alias);
  }
  return aliases.slice(0, 100);
}

/** One mention as it leaves the extractor. */
export interface Span {
  start: number;
  end: number;
  text: string;
  role?: string;
}

/** Name, aliases, counts and spans of one group (mentions sorted by position). */
export function describeGroup(
  tokens: Token[],
  group: Mention[],
): { name: string; aliases: string[]; mentions: number; firstPosition: number; spans: Span[] } {
  const name = chooseName(group);
  const spans: Span[] = [];
  for (let i = 0; i < group.length && i < 2_000; i++) {
    const m = group[i]!;
    const role = findRole(tokens, m.found.first, m.found.last);
    const end = tokens[m.found.last]!.end;
    spans.push(role ? { start: m.start, end, text: m.text, role } : { start: m.start, end, text: m.text });
  }
  return {
    name,
    aliases: collectAliases(group, name),
    mentions: group.length,
    firstPosition: group[0]!.start,
    spans,
  };
}
