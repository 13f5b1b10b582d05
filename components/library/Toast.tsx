export interface ToastProps {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onDismiss: () => void;
}

/** A status message at the bottom of the page, with an optional action such as Undo. */
export function Toast({ message, actionLabel, onAction, onDismiss }: ToastProps) {
  return (
    <div class="toast" role="status" data-testid="library-toast">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" class="ghost" data-testid="toast-action" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" class="ghost" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
