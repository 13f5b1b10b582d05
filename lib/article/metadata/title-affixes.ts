/**
 * Cuts site, author and section affixes off a title ("Headline - Site Name", "Site | Headline",
 * "Headline - Jane Doe - Medium"). A segment between separators is an affix when it names the
 * site (site name, publisher, domain label) or an author, when the page's `<h1>` repeats the
 * other segments, or when it is a short tail (up to 4 words after " | ", 3 after a dash) behind
 * a headline of 3-4 words or more. A title equal to the `<h1>` or to the site name stays whole,
 * and " : " never splits off a subtitle at the front.
 * Pinned by tests/unit/article/title.test.ts.
 */

/** A title with the source it came from and the affix segments removed from it. */
export interface TitleResult {
  title: string | null;
  source: string | null;
  /** Segments cut off the title, nearest first (a site name when the page declares none). */
  removed: string[];
}

const SEPARATOR = /\s+(?:[|–—·•»/\\:~]|-{1,2})\s+/;

/** Lower-cased letters and digits only, for comparing names. */
export function foldName(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesMatch(segment: string, names: readonly string[]): boolean {
  const key = foldName(segment);
  if (key.length < 2) return false;
  return names.some((name) => {
    const other = foldName(name);
    return (
      other.length >= 2 &&
      (key === other || (other.length >= 3 && (key.includes(other) || other.includes(key))))
    );
  });
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function splitSegments(title: string): { segments: string[]; seps: string[] } {
  const parts = title.split(new RegExp(`(${SEPARATOR.source})`));
  return {
    segments: parts.filter((_, i) => i % 2 === 0),
    seps: parts.filter((_, i) => i % 2 === 1).map((s) => s.trim()),
  };
}

function joinSegments(segments: string[], seps: string[]): string {
  return segments.map((s, i) => (i === 0 ? s : `${seps[i - 1]} ${s}`)).join(' ');
}

/** The run of segments (from the start or the end) that the `<h1>` repeats, if any. */
function keepHeadlineRun(segments: string[], seps: string[], headline: string): [number, number] | null {
  const h = foldName(headline);
  for (let k = segments.length - 1; k >= 1; k--) {
    if (foldName(joinSegments(segments.slice(0, k), seps)) === h) return [0, k];
    const from = segments.length - k;
    if (foldName(joinSegments(segments.slice(from), seps.slice(from))) === h) return [from, segments.length];
  }
  return null;
}

/**
 * Cuts site and author affixes off `title`. `names` are the site's and authors' names,
 * `headline` the page's `<h1>` text.
 */
export function stripTitleAffixes(
  title: string,
  names: readonly string[],
  headline: string | null,
): TitleResult {
  const clean = title.replace(/\s+/g, ' ').trim();
  const { segments, seps } = splitSegments(clean);
  const whole = foldName(clean);
  // A title that is the headline itself, or the site's own name (a home page), stays whole.
  if (
    segments.length < 2 ||
    (headline && foldName(headline) === whole) ||
    names.some((n) => foldName(n) === whole)
  ) {
    return { title: clean, source: null, removed: [] };
  }
  const run = headline ? keepHeadlineRun(segments, seps, headline) : null;
  if (run) {
    const removed = [...segments.slice(run[1]), ...segments.slice(0, run[0]).reverse()];
    return { title: joinSegments(segments.slice(run[0], run[1]), seps.slice(run[0])), source: null, removed };
  }
  const removed: string[] = [];
  while (segments.length > 1 && namesMatch(segments[segments.length - 1]!, names)) {
    removed.push(segments.pop()!);
    seps.pop();
  }
  while (segments.length > 1 && namesMatch(segments[0]!, names) && seps[0] !== ':') {
    removed.push(segments.shift()!);
    seps.shift();
  }
  // An unnamed short tail is a site name too: " | Code" after three words, " – My site" after four.
  const last = segments[segments.length - 1]!;
  const pipe = seps[seps.length - 1] === '|';
  if (
    removed.length === 0 &&
    segments.length > 1 &&
    seps[seps.length - 1] !== ':' &&
    wordCount(last) <= (pipe ? 4 : 3)
  ) {
    if (wordCount(segments.slice(0, -1).join(' ')) >= (pipe ? 3 : 4)) {
      removed.push(segments.pop()!);
      seps.pop();
    }
  }
  return { title: joinSegments(segments, seps) || clean, source: null, removed };
}
