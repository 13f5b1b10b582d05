/**
 * Speakers for every sentence of an article, in reading order: each sentence's own attribution
 * (attribution.ts), else the speaker of the quotation it belongs to (so both sentences of a
 * two-sentence quote get the name in its tag), with pronouns resolved to the nearest fitting
 * earlier mention (resolve-speakers.ts). Pinned by tests/unit/claims/extract.test.ts.
 */
import { findAttribution, type Attribution } from './attribution';
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

/** What the sentences of one article share: their text and the mentions remembered so far. */
interface ArticleMentions {
  sentences: readonly string[];
  mentions: Mention[];
  organizationNames: ReadonlySet<string>;
}

/** `phrase` with a pronoun resolved to the nearest fitting mention before sentence `i`. */
function resolveSpeaker(phrase: string | null, mentions: readonly Mention[], i: number): string | null {
  return phrase && PRONOUNS.has(phrase.toLowerCase()) ? resolvePronoun(phrase, mentions, i) : phrase;
}

/**
 * A sentence's subject as a mention, read only if a pronoun ever looks back at it: most sentences'
 * subjects never are, and reading one costs several regex calls. When the sentence has no
 * subject, or its subject is its speaker, it stands for no one: kind "other" fits no pronoun.
 * It keeps what it reads from, not a closure: a closure made per sentence was a new function
 * each time, which V8 optimized again and again for every article.
 */
class LazySubject implements Mention {
  private mention: LazyMention | null | undefined;

  constructor(
    private readonly article: ArticleMentions,
    readonly sentence: number,
    private readonly speaker: string | null,
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

  // Resolving later gives what resolving now would: a pronoun looks only at earlier sentences.
  private read(): LazyMention | null {
    const { sentences, mentions, organizationNames } = this.article;
    const i = this.sentence;
    const subject = resolveSpeaker(readSubject(sentences[i]!), mentions, i);
    if (!subject || normalizeName(subject) === normalizeName(this.speaker ?? '')) return null;
    return new LazyMention(subject, i, organizationNames);
  }
}

/**
 * Speakers of `spans` (reading order; `sentences[i]` is the text of `spans[i]`) given the page's
 * quotations. Plain loops, no callbacks: the service worker reads one article at a time, and a
 * closure made per article was optimized anew for each one (its code dropped at the next
 * garbage collection).
 */
export function attributeSentences(
  sentences: readonly string[],
  spans: readonly Span[],
  quotes: readonly QuoteSpan[],
  organizationNames: ReadonlySet<string>,
): SentenceSpeaker[] {
  const n = spans.length;
  const article: ArticleMentions = { sentences, mentions: [], organizationNames };
  const { mentions } = article;
  const found: (Attribution | null)[] = [];
  const quoteOf: number[] = [];
  const quoteSpeakers = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const span = spans[i]!;
    found.push(findAttribution(sentences[i]!));
    const q = findQuoteAt(quotes, span.start, span.end);
    quoteOf.push(isQuoted(span, quotes[q]) ? q : -1);
  }
  // First pass: each quotation's speaker is the first attribution among its sentences.
  for (let i = 0; i < n; i++) {
    const speaker = found[i]?.speaker ?? null;
    const q = quoteOf[i]!;
    if (speaker && q >= 0 && !quoteSpeakers.has(q)) quoteSpeakers.set(q, speaker);
  }
  const out: SentenceSpeaker[] = [];
  let previousQuote = -1;
  let previousSpeaker: string | null = null;
  let previousParagraph = -1;
  for (let i = 0; i < n; i++) {
    const span = spans[i]!;
    const q = quoteOf[i]!;
    let written = found[i]?.speaker ?? (q >= 0 ? (quoteSpeakers.get(q) ?? null) : null);
    // An untagged quotation right after a tagged one in the same paragraph continues it.
    if (!written && q >= 0 && i > 0 && previousQuote >= 0 && previousParagraph === span.paragraph)
      written = previousSpeaker;
    const speaker = resolveSpeaker(written, mentions, i);
    mentions.push(new LazySubject(article, i, speaker));
    if (speaker) mentions.push(new LazyMention(speaker, i, organizationNames));
    previousQuote = q;
    previousSpeaker = speaker;
    previousParagraph = span.paragraph;
    const reported = speaker !== null && (q >= 0 || found[i]?.via !== 'according-to');
    out.push({ speaker, quoted: q >= 0, reported });
  }
  return out;
}
