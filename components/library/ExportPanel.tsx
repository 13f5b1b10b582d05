import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../lib/library/export/run-export';
import { ProgressBar } from './ProgressBar';

export interface ExportPanelProps {
  busy: boolean;
  progress: { done: number; total: number } | null;
  message: string | null;
  format: ExportFormat;
  onFormatChange: (format: ExportFormat) => void;
  viewCount: number;
  totalCount: number;
  onExport: (format: ExportFormat, scope: 'all' | 'view') => void;
}

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'backup', label: 'JSON backup (everything, restorable)' },
  { value: 'markdown', label: 'Markdown (Obsidian)' },
  { value: 'csv', label: 'CSV (spreadsheets)' },
  { value: 'w3c', label: 'W3C Web Annotations (Hypothesis)' },
  { value: 'csl', label: 'CSL-JSON citations (Zotero)' },
  { value: 'ris', label: 'RIS citations (Zotero, EndNote)' },
];

/** Export of the whole library or of the current view, in one of six formats. */
export function ExportPanel(props: ExportPanelProps) {
  const { busy, progress, format, viewCount, totalCount, onExport } = props;
  const [scope, setScope] = useState<'all' | 'view'>('all');
  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title" class="section-title">
        Export
      </h2>
      <div class="field">
        <label for="export-format">Format</label>
        <select
          id="export-format"
          data-testid="export-format"
          value={format}
          onChange={(e) => props.onFormatChange((e.target as HTMLSelectElement).value as ExportFormat)}
        >
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="radios">
        <legend class="small">What</legend>
        <label class="check">
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />
          Everything ({totalCount.toLocaleString()})
        </label>
        <label class="check">
          <input
            type="radio"
            name="export-scope"
            data-testid="export-scope-view"
            checked={scope === 'view'}
            onChange={() => setScope('view')}
          />
          This view ({viewCount.toLocaleString()})
        </label>
      </fieldset>
      <button
        type="button"
        data-testid="export-start"
        disabled={busy}
        onClick={() => onExport(format, scope)}
      >
        Export
      </button>
      {progress && <ProgressBar label="Exporting…" done={progress.done} total={progress.total} />}
      {props.message && (
        <p class="small" role="status" data-testid="export-done">
          {props.message}
        </p>
      )}
    </section>
  );
}
