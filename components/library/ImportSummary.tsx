import type { Tally } from '../../lib/library/import/plan';
import type { ImportSummary as Summary } from '../../lib/storage/library-prepare-import';

export interface ImportSummaryProps {
  summary: Summary;
}

const SECTIONS = [
  ['clippings', 'Clippings'],
  ['notes', 'Page notes'],
  ['pages', 'Articles'],
  ['publishers', 'Publishers'],
] as const;

const KIND: Record<Summary['kind'], string> = {
  backup: 'Source Context backup',
  pack: 'publisher pack',
  w3c: 'W3C Web Annotations',
  hypothesis: 'Hypothesis export',
};

function isEmpty(t: Tally): boolean {
  return t.add + t.update + t.duplicate + t.kept === 0;
}

/** The dry run: what an import would add, update, skip and reject, before anything is written. */
export function ImportSummary({ summary }: ImportSummaryProps) {
  const rows = SECTIONS.filter(([key]) => !isEmpty(summary.tallies[key]));
  return (
    <div class="import-summary" data-testid="import-summary">
      <p class="small">
        A {KIND[summary.kind]}. Importing writes{' '}
        <strong data-testid="import-to-write">{summary.toWrite.toLocaleString()}</strong> records.
      </p>
      {rows.length > 0 && (
        <table class="tally">
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Already here</th>
              <th scope="col">Yours kept</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, label]) => (
              <tr key={key} data-testid={`tally-${key}`}>
                <th scope="row">{label}</th>
                <td>{summary.tallies[key].add}</td>
                <td>{summary.tallies[key].update}</td>
                <td>{summary.tallies[key].duplicate}</td>
                <td>{summary.tallies[key].kept}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.rejectedCount > 0 && (
        <details class="rejected" open={summary.rejectedCount <= 5}>
          <summary data-testid="import-rejected-count">
            {summary.rejectedCount.toLocaleString()} rejected
          </summary>
          <ul>
            {summary.rejected.map((r, i) => (
              <li key={i} data-testid="import-rejected">
                <code>{r.path || '(file)'}</code>: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
