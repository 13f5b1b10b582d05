import type { Settings } from '../lib/settings';

export interface SettingsViewProps {
  settings: Settings | null;
  error: string | null;
  onChange: (next: Settings) => void;
  onOpenLibrary: () => void;
}

interface ToggleProps {
  id: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function Toggle({ id, label, help, checked, onChange }: ToggleProps) {
  return (
    <div class="toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
      />
      <label for={id}>
        <strong>{label}</strong>
        <span class="small muted"> {help}</span>
      </label>
    </div>
  );
}

/** Settings: badge, highlights, paused sites, the open-data lookup opt-in, and data export. */
export function SettingsView({ settings, error, onChange, onOpenLibrary }: SettingsViewProps) {
  if (!settings) return <main class="settings">Loading…</main>;
  return (
    <main class="settings">
      <h1>Source Context settings</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="display-heading">
        <h2 id="display-heading">Display</h2>
        <Toggle
          id="badge"
          label="Toolbar badge"
          help="Show the number of check-worthy claims on the toolbar button."
          checked={settings.badge}
          onChange={(badge) => onChange({ ...settings, badge })}
        />
        <Toggle
          id="highlights"
          label="Highlights in pages"
          help="Draw your saved clippings in article pages."
          checked={settings.highlights}
          onChange={(highlights) => onChange({ ...settings, highlights })}
        />
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Open data lookup (off by default)</h2>
        <Toggle
          id="open-data"
          label="Look publishers up on Wikidata and Wikipedia"
          help="When on, the domain of the site you are reading (for example nytimes.com) is sent to wikidata.org and wikipedia.org to find its owner, country and founding year. Nothing else is sent."
          checked={settings.openDataLookup}
          onChange={(openDataLookup) => onChange({ ...settings, openDataLookup })}
        />
      </section>
      <section aria-labelledby="paused-heading">
        <h2 id="paused-heading">Paused sites</h2>
        {settings.pausedSites.length === 0 ? (
          <p class="small muted">None. Pause a site from the toolbar panel.</p>
        ) : (
          <ul>
            {settings.pausedSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button
                  type="button"
                  class="ghost"
                  onClick={() =>
                    onChange({ ...settings, pausedSites: settings.pausedSites.filter((s) => s !== site) })
                  }
                >
                  Resume
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p class="small">
          Everything Source Context keeps is in this browser. Export or back it up from the library.
        </p>
        <button type="button" onClick={onOpenLibrary}>
          Open the library
        </button>
      </section>
    </main>
  );
}
