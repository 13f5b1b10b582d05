import type { ImportSummary as Summary } from '../../lib/storage/library-prepare-import';
import { ImportSummary } from './ImportSummary';
import { ProgressBar } from './ProgressBar';

export interface ImportPanelProps {
  phase: 'idle' | 'reading' | 'planned' | 'writing' | 'done';
  summary: Summary | null;
  progress: { done: number; total: number } | null;
  message: string | null;
  error: string | null;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Import: pick a file, see the dry run, then confirm; progress while writing. */
export function ImportPanel(props: ImportPanelProps) {
  const { phase, summary } = props;
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title" class="section-title">
        Import
      </h2>
      <p class="small muted">
        Source Context backups, W3C Web Annotations or Hypothesis exports, publisher packs.
      </p>
      <label class="file-label" for="import-file">
        Choose a file
      </label>
      <input
        id="import-file"
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        data-testid="import-file"
        disabled={phase === 'reading' || phase === 'writing'}
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) props.onFile(file);
          input.value = '';
        }}
      />
      {phase === 'reading' && (
        <p class="small" aria-busy="true">
          Checking the file…
        </p>
      )}
      {props.error && (
        <p class="error small" role="alert" data-testid="import-error">
          {props.error}
        </p>
      )}
      {summary && (phase === 'planned' || phase === 'writing') && <ImportSummary summary={summary} />}
      {phase === 'planned' && summary && (
        <div class="row">
          <button
            type="button"
            data-testid="import-confirm"
            disabled={summary.toWrite === 0}
            onClick={props.onConfirm}
          >
            Import {summary.toWrite.toLocaleString()} records
          </button>
          <button type="button" class="ghost" data-testid="import-cancel" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      )}
      {phase === 'writing' && props.progress && (
        <ProgressBar label="Importing…" done={props.progress.done} total={props.progress.total} />
      )}
      {props.message && (
        <p class="small" role="status" data-testid="import-done">
          {props.message}
        </p>
      )}
    </section>
  );
}
