export interface ProgressBarProps {
  label: string;
  done: number;
  total: number;
}

/** A labelled progress bar ("Exporting… 1,500 of 100,000"). */
export function ProgressBar({ label, done, total }: ProgressBarProps) {
  return (
    <div class="progress" data-testid="progress">
      <progress max={Math.max(total, 1)} value={Math.min(done, total)} aria-label={label} />
      <span class="small muted">
        {label} {done.toLocaleString()} of {total.toLocaleString()}
      </span>
    </div>
  );
}
