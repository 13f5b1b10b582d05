/**
 * The reader's settings as plain data, with no zod, so extension pages that only read and flip
 * them (the popup) stay small. Validation lives in lib/settings.ts (background, storage).
 */

export interface Settings {
  /** Show the number of check-worthy claims on the toolbar button. */
  badge: boolean;
  /** Draw saved highlights in article pages. */
  highlights: boolean;
  /** Registrable domains where Source Context does nothing at all. */
  pausedSites: string[];
  /** Look publishers up on Wikidata/Wikipedia (sends the site's domain there). Off by default. */
  openDataLookup: boolean;
  /** The first-run explanation was dismissed. */
  firstRunDone: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  badge: true,
  highlights: true,
  pausedSites: [],
  openDataLookup: false,
  firstRunDone: false,
};

/** True when the reader paused Source Context on this registrable domain. */
export function isPaused(settings: Pick<Settings, 'pausedSites'>, domain: string): boolean {
  return settings.pausedSites.includes(domain);
}

/** Settings with `domain` paused or resumed. */
export function setPaused(settings: Settings, domain: string, paused: boolean): Settings {
  const rest = settings.pausedSites.filter((d) => d !== domain);
  return { ...settings, pausedSites: paused ? [...rest, domain] : rest };
}
