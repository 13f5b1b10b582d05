/**
 * Whether a period ends a sentence or an abbreviation: "Sen. Warren", "Jan. 5", "No. 10",
 * "e.g. the", "John F. Kennedy", "the U.S. Senate" do not end one; "in the U.S. He said" does.
 * Why: news prose is full of titles, dates and dotted acronyms, and a wrong split cuts a claim
 * in two. Pinned by the abbreviation rows of tests/unit/claims/segment.test.ts.
 */

/** Titles before a name: never end a sentence. */
const TITLES = new Set(
  'mr mrs ms mx dr sen sens rep reps gov gen lt col maj sgt capt cpt cmdr adm prof rev hon pres supt fr st mt ft messrs mme msgr atty insp det gov amb'.split(
    ' ',
  ),
);
/** Never end a sentence (usually followed by lower case anyway). */
const ALWAYS = new Set('e.g i.e cf viz vs v al approx ca incl esp dept fig figs'.split(' '));
/** End no sentence when a number follows: "No. 10", "Jan. 5", "p. 12". */
const BEFORE_NUMBER = new Set(
  'no nos art arts p pp ch sec vol vols op jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/** Dotted acronyms and company suffixes: end a sentence only before a typical sentence opener. */
const SUFFIXES = new Set('inc corp ltd co jr sr bros plc llc etc'.split(' '));
const OPENERS = new Set(
  (
    'the a an he she it they we i you his her its their our my this that these those there then ' +
    'but and or so yet if when while as after before since although though however meanwhile still ' +
    'also now in on at for by with from to of what who why how where which one some many most all no ' +
    'not more earlier later last next today yesterday'
  ).split(' '),
);

/** The word (letters and inner dots) that ends just before `dot` in `text`. */
export function readWordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && i > dot - 20) {
    const c = text.charCodeAt(i - 1);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter && c !== 46) break;
    i--;
  }
  return text.slice(i, dot);
}

/** The next word starting at `from` (letters only), lower-cased. */
function readWordAt(text: string, from: number): string {
  const match = /^[A-Za-z]+/.exec(text.slice(from, from + 20));
  return match ? match[0].toLowerCase() : '';
}

/**
 * True when the "." at `dot` ends an abbreviation rather than the sentence, given that the next
 * sentence would start at `next` (an upper-case letter, digit or opening mark).
 */
export function isAbbreviationPeriod(text: string, dot: number, next: number): boolean {
  const word = readWordBefore(text, dot);
  if (!word) return false;
  const lower = word.toLowerCase();
  const nextChar = text.charCodeAt(next);
  const nextIsDigit = nextChar >= 48 && nextChar <= 57;
  if (TITLES.has(lower) || ALWAYS.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return nextIsDigit;
  if (/^[A-HJ-Z]$/.test(word)) return !nextIsDigit; // an initial: "John F. Kennedy"
  if (word.includes('.') || SUFFIXES.has(lower)) return !OPENERS.has(readWordAt(text, next));
  return false;
}
