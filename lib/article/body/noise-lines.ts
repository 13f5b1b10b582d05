/**
 * Drops paragraphs that are page furniture rather than article text, judged on the paragraph's
 * own words: datelines (date-lines.ts), photo credits and caption leftovers ("Photo: X, AP",
 * "(Image: GETTY)", "Getty Images", "Caption", "Close"), calls to action ("Click here to get
 * the app", "Sign up for our newsletter", "Follow her on Twitter"), "Advertisement", "Continue
 * reading below", "Related: ...", reading times, copyright lines, bylines and a repeat of the
 * headline. Only short paragraphs are judged, so prose is never dropped.
 * Pinned by tests/unit/article/noise-lines.test.ts.
 */
import { isDateLine } from './date-lines';

const SHORT = 220;
const NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}";

const FURNITURE: RegExp[] = [
  // Datelines the date-line test does not cover ("Updated on: May 3 / CBS News").
  /^(\|\s*)?(published|updated|posted|last updated|first published)( on| at)?\s*:?\s*[\w ,.:;/|-]{0,80}$/i,
  // Credits and caption leftovers.
  /^\(?(photo|image|picture|video|graphic|illustration|credit|source|foto|bild)s?( credit)?\s*:.{0,100}$/i,
  /^\(?(photo|image|picture|illustration)s? (by|courtesy( of)?) .{0,100}$/i,
  /^(caption|close|enlarge( this)? image|expand|view (gallery|image|photos?)|\d+ of \d+|advert(isement)?|sponsored( content)?|skip to content|loading( content)?( \.\.\.)?|this slideshow requires javascript\.?)$/i,
  /^(©|\(c\)|copyright\b).{0,200}$/i,
  /^.{0,120}©.{0,80}$/,
  /^(getty images|ap photo|reuters|afp|shutterstock|istock|(the )?associated press)( .{0,60})?$/i,
  /\((image|photo|credit|pic|picture)s?: [^)]{1,60}\)$/i,
  /^additional reporting by .{0,100}$/i,
  // Calls to action and navigation.
  /^(related|see also|see more|read more|more|also|also read|read|watch|listen|recommended|further reading)( coverage| stories| articles| content| news| reading)?( from [^:]{1,60})?\s*[:|]\s*.{0,200}$/i,
  /^(highlights|via [\w.-]+|iklan|anzeige|publicidade|publicidad|werbung|filed under:? .{0,80})$/i,
  /^(\d+ min(ute)?s? read|(estimated )?reading time:? .{0,20}|tempo de leitura:? .{0,20}|lesezeit:? .{0,20}|temps de lecture:? .{0,20})$/i,
  /^(click|tap) here\b.{0,120}$/i,
  /\b(by clicking here|click here|click to tweet)\.?$/i,
  /^(continue reading( below| the main story)?|read more|read the full story|see more|show more|load more|learn more|more:?|related:?|watch:?|listen:?|also read:?|don'?t miss:?|must read:?|recommended:?|join the conversation\W*)$/i,
  /^(sign up|subscribe|register|join)\b.{0,150}(newsletter|inbox|updates|email|free|today|now)\b.{0,60}$/i,
  /^subscribe to\b.{0,150}$/i,
  /^(get|receive) (the latest|our|all the).{0,80}(inbox|newsletter|app|updates)\.?$/i,
  /^follow (us|\w+( \w+)?) on (twitter|facebook|instagram|linkedin|youtube|tiktok)\b.{0,160}$/i,
  /^follow .{0,40}\b(full coverage|live updates|latest updates)\b.{0,120}$/i,
  /\bfollow (him|her|them|us|me)\b.{0,40}\bon (twitter|facebook|instagram|linkedin)\b/i,
  /\b(subscribe to|sign up for) [\w .’'&-]{0,40}newsletters?\b/i,
  /^(share|share this|share on \w+|tweet|email|print|comments?|\d+ comments?|view comments|leave a comment|tell us what you think\W*)$/i,
  /^this (post|article|page) (may contain|contains) affiliate.{0,160}$/i,
  /^(view author archive|email the author|follow on twitter|about the author)$/i,
  // Bylines: "By Jane Doe", "By Jane Doe and John Roe - 11/18/19 11:04 PM EST", "By Jane Doe, CNN".
  new RegExp(
    `^(?:[Bb]y|BY|[Pp]or|[Vv]on|[Pp]ar|[Dd]oor)\\s+${NAME}(?:\\s*(?:,|and|AND|&|y|und|et)\\s+${NAME})*(?:\\s*[|\\-–—]\\s*.{0,80}|,\\s*\\p{Lu}[\\p{L}.'’ -]{0,60})?$`,
    'u',
  ),
];

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a paragraph is page furniture (judged only when shorter than 220 characters). */
export function isFurnitureLine(text: string): boolean {
  if (text.length > SHORT) return false;
  return isDateLine(text) || FURNITURE.some((re) => re.test(text));
}

/** Drops furniture paragraphs and repeats of the title at the start of the body. */
export function dropFurnitureLines(paragraphs: string[], title: string | null): string[] {
  const titleKey = title ? normalize(title) : '';
  return paragraphs.filter((p, i) => {
    if (isFurnitureLine(p)) return false;
    if (titleKey && i < 8 && normalize(p) === titleKey) return false;
    return true;
  });
}
