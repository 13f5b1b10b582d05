export interface FirstRunProps {
  onDismiss: () => void;
}

/** First-run explanation and the privacy promise. */
export function FirstRun({ onDismiss }: FirstRunProps) {
  return (
    <section class="first-run" aria-labelledby="first-run-heading" data-testid="first-run">
      <h2 id="first-run-heading">Welcome to Source Context</h2>
      <p>
        On news articles, this panel shows who publishes the page, the claims it makes and who makes them, and
        the organizations it names, with your own notes.
      </p>
      <p>
        <strong>Everything stays in your browser.</strong> Nothing is sent anywhere unless you turn on the
        open-data lookup in Settings.
      </p>
      <button type="button" onClick={onDismiss} data-testid="first-run-dismiss">
        Got it
      </button>
    </section>
  );
}
