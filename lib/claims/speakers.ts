/**
 * Speakers for every sentence of an article, in reading order: each sentence's own attribution
 * (attribution.ts), else the speaker of the quotation it belongs to (so both sentences of a
 * two-sentence quote get the name in its tag), with pronouns resolved to the nearest fitting
 * earlier mention (resolve-speakers.ts). Pinned by tests/unit/claims/extract.test.ts.
 */
import { findAttribution } from './attribution';
import { PRONOUNS, readSubject } from './noun-phrases';
import { findQuoteAt, type QuoteSpan } from './quotes';
import {
  classifyMention,
  normalizeName,
  resolvePronoun,
  type Mention,
  type MentionKind,
} from './resolve-speakers';

/** Speaker of one sentence and how it was found. */
export interface SentenceSpeaker {
  speaker: string | null;
  /** The sentence lies (mostly) inside a quotation. */
  quoted: boolean;
  /** The sentence reports the speaker's words (not just "according to X" for a figure). */
  reported: boolean;
}

interface Span {
  start: number;
  end: number;
  paragraph: number;
}

/** A quotation counts for a sentence when it covers half of it or runs past it (not scare quotes). */
function isQuoted(span: Span, quote: QuoteSpan | undefined): boolean {
  if (!quote) return false;
  const overlap = Math.min(span.end, quote.end) - Math.max(span.start, quote.start);
  return overlap * 2 >= span.end - span.start || quote.start < span.start || quote.end > span.end;
}

/**
 * A remembered subject or speaker whose kind is worked out only if a pronoun ever looks at it:
 * most are never looked at, and the kind costs several regex tests.
 */
class LazyMention implements Mention {
  private known: MentionKind | undefined;

  constructor(
    readonly text: string,
    readonly sentence: number,
    private readonly organizationNames: ReadonlySet<string>,
  ) {}

  get kind(): MentionKind {
    this.known ??= classifyMention(this.text, this.organizationNames);
    return this.known;
  }
}

/**
 * A sentence's subject as a mention, read only if a pronoun ever looks back at it: most sentences'
 * subjects never are, and reading one costs several regex calls. When the sentence has no
 * subject, or its subject is its speaker, it stands for no one: kind "other" fits no pronoun.
 */
class LazySubject implements Mention {
  private mention: LazyMention | null | undefined;

  constructor(
    private readonly read: () => LazyMention | null,
    readonly sentence: number,
  ) {}

  private get subject(): LazyMention | null {
    if (this.mention === undefined) this.mention = this.read();
    return this.mention;
  }

  get text(): string {
    return this.subject?.text ?? '';
  }

  get kind(): MentionKind {
    return this.subject?.kind ?? 'other';
  }
}

/** Speakers of `spans` (sentences of `text`, reading order) given the page's quotations. */
export function attributeSentences(
  text: string,
  spans: readonly Span[],
  quotes: readonly QuoteSpan[],
  organizationNames: ReadonlySet<string>,
): SentenceSpeaker[] {
  const mentions: Mention[] = [];
  const quoteSpeakers = new Map<number, string>();
  const found = spans.map((span) => findAttribution(text.slice(span.start, span.end)));
  const own = found.map((a) => a?.speaker ?? null);
  const quoteOf = spans.map((span) => {
    const q = findQuoteAt(quotes, span.start, span.end);
    return isQuoted(span, quotes[q]) ? q : -1;
  });
  const remember = (phrase: string, sentence: number) =>
    mentions.push(new LazyMention(phrase, sentence, organizationNames));
  const resolve = (phrase: string | null, i: number) =>
    phrase && PRONOUNS.has(phrase.toLowerCase()) ? resolvePronoun(phrase, mentions, i) : phrase;
  // First pass: each quotation's speaker is the first attribution among its sentences.
  own.forEach((speaker, i) => {
    const q = quoteOf[i]!;
    if (speaker && q >= 0 && !quoteSpeakers.has(q)) quoteSpeakers.set(q, speaker);
  });
  let previous: { quote: number; speaker: string | null; paragraph: number } | null = null;
  return spans.map((span, i) => {
    const q = quoteOf[i]!;
    let written = own[i] ?? (q >= 0 ? (quoteSpeakers.get(q) ?? null) : null);
    // An untagged quotation right after a tagged one in the same paragraph continues it.
    if (!written && q >= 0 && previous && previous.quote >= 0 && previous.paragraph === span.paragraph)
      written = previous.speaker;
    const speaker = resolve(written, i);
    // Resolving later gives what resolving now would: a pronoun looks only at earlier sentences.
    const readMention = () => {
      const subject = resolve(readSubject(text.slice(span.start, span.end)), i);
      if (!subject || normalizeName(subject) === normalizeName(speaker ?? '')) return null;
      return new LazyMention(subject, i, organizationNames);
    };
    mentions.push(new LazySubject(readMention, i));
    if (speaker) remember(speaker, i);
    previous = { quote: q, speaker, paragraph: span.paragraph };
    const reported = speaker !== null && (q >= 0 || found[i]?.via !== 'according-to');
    return { speaker, quoted: q >= 0, reported };
  });
}
