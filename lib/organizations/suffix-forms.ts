/**
 * Decides that "the Guard Corps" or "the Security Council" is a short form of the one longer name
 * in the article that ends with the same words ("Islamic Revolutionary Guard Corps", "UN Security
 * Council"), and links it there. With two such longer names the short form stays on its own.
 * Pinned by tests/unit/organizations/repeats.test.ts.
 */
import { toKey, type Found } from './found';
import { joinTokens } from './runs';
import type { Token } from './tokens';

function endsWithWords(tokens: Token[], long: Found, short: Found): boolean {
  const n = short.last - short.first;
  if (long.last - long.first <= n) return false;
  for (let k = 0; k <= n; k++) if (tokens[long.last - k]!.text !== tokens[short.last - k]!.text) return false;
  return true;
}

function keyOf(tokens: Token[], f: Found): string {
  return f.link ? toKey(f.link) : toKey(joinTokens(tokens, f.first, f.last));
}

/** Links every "the <words>" mention to the single longer name ending in those words. */
export function linkSuffixForms(tokens: Token[], founds: Found[]): void {
  const byLastWord = new Map<string, Found[]>();
  for (const f of founds) {
    if (f.last === f.first) continue;
    const word = tokens[f.last]!.text;
    const list = byLastWord.get(word) ?? [];
    if (list.length < 50) list.push(f);
    byLastWord.set(word, list);
  }
  for (const short of founds) {
    if (short.link || short.evidence !== 'head' || tokens[short.first - 1]?.text.toLowerCase() !== 'the')
      continue;
    const keys = new Set<string>();
    for (const long of byLastWord.get(tokens[short.last]!.text) ?? []) {
      if (endsWithWords(tokens, long, short)) keys.add(keyOf(tokens, long));
    }
    if (keys.size === 1) short.link = [...keys][0]!;
  }
}
