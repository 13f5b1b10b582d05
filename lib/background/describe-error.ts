/**
 * What went wrong, in words the popup can show: never empty (Chromium's QuotaExceededError and
 * some AbortErrors carry no message), and a full disk said plainly.
 */
export function describeError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError')
    return 'Your browser has no storage space left for Source Context. Free some disk space, then try again.';
  const message = error instanceof Error ? error.message : '';
  return message || (typeof name === 'string' && name) || 'Unexpected error.';
}
