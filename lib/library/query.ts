/**
 * Parses what the reader types into the search box: every word must match (AND), the last word
 * matches as a prefix while it is being typed (no space after it yet), and `-word` excludes.
 */
import { isIndexable, tokenize } from './tokenize';

/** Longest query read (characters); the rest is ignored. */
export const MAX_QUERY_LENGTH = 500;

export interface ParsedQuery {
  /** Whole tokens that must all match. */
  terms: string[];
  /** The last, still-typed token: matches any token starting with it. */
  prefix: string | null;
  /** Tokens that must not match. */
  excluded: string[];
}

/** True when the query asks for nothing (every record matches). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.prefix === null && query.excluded.length === 0;
}

/** Splits a raw query into terms, a prefix and exclusions (see the module comment). */
export function parseQuery(raw: string): ParsedQuery {
  const text = raw.slice(0, MAX_QUERY_LENGTH);
  const words = text.split(/\s+/).filter(Boolean);
  const typing = text.length > 0 && !/\s$/.test(text);
  const terms = new Set<string>();
  const excluded = new Set<string>();
  let prefix: string | null = null;
  words.forEach((word, i) => {
    if (word.startsWith('-') && word.length > 1) {
      for (const token of tokenize(word.slice(1))) if (isIndexable(token)) excluded.add(token);
      return;
    }
    const tokens = tokenize(word);
    const last = i === words.length - 1 && typing ? tokens.pop() : undefined;
    for (const token of tokens) if (isIndexable(token)) terms.add(token);
    if (last !== undefined) prefix = last;
  });
  return { terms: [...terms], prefix, excluded: [...excluded] };
}
