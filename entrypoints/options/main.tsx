import '../../components/theme.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { loadSettings, saveSettings, type Settings } from '../../lib/settings';
import { SettingsView } from '../../components/SettingsView';
import { openDataPermissions } from '../../lib/open-data-permissions';

/** The lookup's hosts, plus Firefox's data-collection consent where the manifest declares it. */
const OPEN_DATA = openDataPermissions(browser.runtime.getManifest()) as Parameters<
  typeof browser.permissions.request
>[0];

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings(browser.storage.local).then(setSettings, (e: Error) => setError(e.message));
  }, []);
  const update = async (next: Settings): Promise<void> => {
    try {
      if (next.openDataLookup && !settings?.openDataLookup) {
        // The lookup needs the Wikimedia hosts (and, in Firefox, consent to send what it looks
        // up); ask for them only when the reader turns it on.
        const granted = await browser.permissions.request(OPEN_DATA);
        if (!granted) {
          setError('The open-data lookup stays off: access to Wikidata and Wikipedia was not granted.');
          return;
        }
      }
      if (!next.openDataLookup && settings?.openDataLookup) {
        await browser.permissions.remove(OPEN_DATA).catch(() => false);
      }
      await saveSettings(browser.storage.local, next);
      setSettings(next);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <SettingsView
      settings={settings}
      error={error}
      onChange={(next) => void update(next)}
      onOpenLibrary={() =>
        void browser.tabs.create({ url: browser.runtime.getURL('/library.html' as '/popup.html') })
      }
    />
  );
}

render(<App />, document.getElementById('app')!);
