/**
 * A dictionary of multi-word phrases matched against tokens, longest first. Phrases are stored as
 * their tokens joined by single spaces; an index of first words skips most positions at once, so
 * matching stays linear in the number of tokens.
 */
import type { Token } from './tokens';

/** A phrase matched at a token position: how many tokens it spans and its value. */
export interface PhraseMatch<V> {
  length: number;
  value: V;
}

/** Phrase -> value, with a first-word index for fast longest-match lookups. */
export class PhraseIndex<V> {
  private readonly phrases = new Map<string, V>();
  private readonly firstWords = new Set<string>();
  private maxWords = 1;

  /** Adds (or replaces) a phrase. */
  set(phrase: string, value: V): void {
    this.phrases.set(phrase, value);
    const space = phrase.indexOf(' ');
    this.firstWords.add(space < 0 ? phrase : phrase.slice(0, space));
    let words = 1;
    for (let i = 0; i < phrase.length; i++) if (phrase.charCodeAt(i) === 32) words++;
    if (words > this.maxWords) this.maxWords = words;
  }

  /** The value of an exact phrase. */
  get(phrase: string): V | undefined {
    return this.phrases.get(phrase);
  }

  /** True when the exact phrase is present. */
  has(phrase: string): boolean {
    return this.phrases.has(phrase);
  }

  /** Every phrase and value. */
  entries(): IterableIterator<[string, V]> {
    return this.phrases.entries();
  }

  /** The longest phrase starting at token `p` and ending at or before token `limit`. */
  longestAt(tokens: Token[], p: number, limit: number): PhraseMatch<V> | undefined {
    const first = tokens[p];
    if (!first || !this.firstWords.has(first.text)) return undefined;
    const last = Math.min(limit, p + this.maxWords - 1);
    let phrase = first.text;
    let best: PhraseMatch<V> | undefined;
    for (let i = p; ; i++) {
      const value = this.phrases.get(phrase);
      if (value !== undefined) best = { length: i - p + 1, value };
      if (i >= last || tokens[i + 1]!.lineStart) return best;
      phrase += ' ' + tokens[i + 1]!.text;
    }
  }
}
