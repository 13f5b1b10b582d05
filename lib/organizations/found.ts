/**
 * The intermediate record every detector emits: a token range that names an organization, why it
 * was taken, the type the evidence suggests, and (when known already) the key of the organization
 * it belongs to. Shared by the detectors and the folding step.
 */
import type { OrgType } from './lexicon-heads';
import type { Token } from './tokens';

/** Why a span was taken as an organization. */
export type Evidence =
  | 'head'
  | 'designator'
  | 'known'
  | 'acronym'
  | 'definition'
  | 'cue'
  | 'repeat'
  | 'short-form'
  | 'the-head'
  | 'caps-echo';

/** One organization mention as a token range [first, last]. */
export interface Found {
  first: number;
  last: number;
  evidence: Evidence;
  type: OrgType | null;
  /** Key of the organization this mention folds into, when the detector already knows it. */
  link?: string;
}

/**
 * A new mention record. Every detector makes its records here, so that all share one shape (one
 * hidden class, `link` always present, undefined when unknown): literals of several shapes (with
 * and without `link`, spread from a run) made the code that reads them polymorphic, and V8 threw
 * its optimized code away each time another shape turned up.
 */
export function newFound(
  first: number,
  last: number,
  evidence: Evidence,
  type: OrgType | null,
  link?: string,
): Found {
  return { first, last, evidence, type, link };
}

/** Folding key of a name: case, dots, "the", possessives and -isation spellings normalised. */
export function toKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/^the /, '')
    .replace(/\./g, '')
    .replace(/isation\b/g, 'ization')
    .replace(/'s\b/g, 's')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of a found span as written. */
export function spanText(text: string, tokens: Token[], found: Found): string {
  return text.slice(tokens[found.first]!.start, tokens[found.last]!.end);
}

/** The mentions found so far, with the token-to-mention index that keeps them from overlapping. */
export class MentionTable {
  all: Found[] = [];
  private owner: Int32Array;

  constructor(size: number) {
    this.owner = new Int32Array(size); // mention index + 1; 0 = free
  }

  /** Empties the table for a text of `size` tokens (one table serves every text). */
  reset(size: number): this {
    if (this.owner.length < size) this.owner = new Int32Array(size);
    else this.owner.fill(0, 0, size);
    this.all = [];
    return this;
  }

  /** True when no token of [first, last] belongs to a mention yet. */
  isFree(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (this.owner[i]) return false;
    return true;
  }

  /** The mention covering token `i`, if any. */
  at(i: number): Found | undefined {
    const k = this.owner[i];
    return k ? this.all[k - 1] : undefined;
  }

  /** Adds `found` unless it overlaps a mention already taken; returns whether it was added. */
  add(found: Found): boolean {
    if (!this.isFree(found.first, found.last)) return false;
    this.owner.fill(this.all.length + 1, found.first, found.last + 1);
    this.all.push(found);
    return true;
  }
}
