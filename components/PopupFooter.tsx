export interface PopupFooterProps {
  domain: string | null;
  paused: boolean;
  onTogglePause: () => void;
  onOpenLibrary: () => void;
  onOpenSettings: () => void;
  /** Null when already in the side panel. */
  onOpenPanel: (() => void) | null;
}

/** Links that make sense on every page: the library, settings, and pausing on this site. */
export function PopupFooter({
  domain,
  paused,
  onTogglePause,
  onOpenLibrary,
  onOpenSettings,
  onOpenPanel,
}: PopupFooterProps) {
  return (
    <footer class="popup-footer">
      <button type="button" class="ghost" onClick={onOpenLibrary} data-testid="open-library">
        Library
      </button>
      <button type="button" class="ghost" onClick={onOpenSettings} data-testid="open-settings">
        Settings
      </button>
      {onOpenPanel && (
        <button type="button" class="ghost" onClick={onOpenPanel} data-testid="open-panel">
          Side panel
        </button>
      )}
      {domain && (
        <button type="button" class="ghost" onClick={onTogglePause} data-testid="toggle-pause">
          {paused ? `Resume on ${domain}` : `Pause on ${domain}`}
        </button>
      )}
    </footer>
  );
}
