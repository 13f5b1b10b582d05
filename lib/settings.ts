/**
 * The reader's settings, kept in `storage.local` under one key and validated on every read (a
 * damaged or older value falls back field by field to the defaults).
 */
import { z } from './models/zod';
import { DEFAULT_SETTINGS, type Settings } from './settings-logic';

export { DEFAULT_SETTINGS, isPaused, setPaused, type Settings } from './settings-logic';

export const SETTINGS_KEY = 'settings';

export const SettingsSchema = z.object({
  /** Show the number of check-worthy claims on the toolbar button. */
  badge: z.boolean().catch(true),
  /** Draw saved highlights in article pages. */
  highlights: z.boolean().catch(true),
  /** Registrable domains where Source Context does nothing at all. */
  pausedSites: z.array(z.string().max(253)).max(10_000).catch([]),
  /** Look publishers up on Wikidata/Wikipedia (sends the site's domain there). Off by default. */
  openDataLookup: z.boolean().catch(false),
  /** The first-run explanation was dismissed. */
  firstRunDone: z.boolean().catch(false),
});
// The schema and the plain interface must agree, both ways.
type SchemaSettings = z.infer<typeof SettingsSchema>;
const agreesOneWay: Settings = {} as SchemaSettings;
const agreesOtherWay: SchemaSettings = {} as Settings;
void agreesOneWay;
void agreesOtherWay;

/** Reads settings from a raw stored value, keeping every valid field and defaulting the rest. */
export function parseSettings(raw: unknown): Settings {
  const value = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...value });
}

/** The part of `storage.local` settings need (passed in, so lib/ stays free of extension globals). */
export interface SettingsArea {
  get: (key: string) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
}

/** Reads the reader's settings. */
export async function loadSettings(area: SettingsArea): Promise<Settings> {
  const stored = await area.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Writes the reader's settings. */
export async function saveSettings(area: SettingsArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: SettingsSchema.parse(settings) });
}
