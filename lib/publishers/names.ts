/**
 * Name folding for matching organizations and publishers across spellings: case, accents,
 * apostrophes, punctuation and a leading "the" do not matter ("People's Front" = "peoples front",
 * "PMOI/MEK" names both "PMOI" and "MEK").
 */

/** Case-, accent- and punctuation-insensitive form of a name ("" when nothing is left). */
export function normalizeName(name: string): string {
  return name
    .slice(0, 500)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Letters and digits only: "Aravia-Focus" and "araviafocus" compare equal. */
export function compactName(name: string): string {
  return normalizeName(name).replace(/ /g, '');
}

/**
 * Normalized forms a name stands for: the whole name, the part before a parenthesis, and each
 * slash-separated acronym inside or outside it. Forms shorter than 3 characters are left out
 * (too ambiguous to match on), unless the whole name is that short.
 */
export function expandNameForms(name: string): string[] {
  const forms = new Set<string>();
  const whole = normalizeName(name);
  if (whole) forms.add(whole);
  const parts = name.slice(0, 500).split(/[()[\]/]/);
  for (const part of parts) {
    const form = normalizeName(part);
    if (form.length >= 3) forms.add(form);
  }
  return [...forms];
}
