import type { ComponentChildren } from 'preact';
import { toSafeHttpUrl } from '../lib/urls';

export interface SafeLinkProps {
  href: string | null | undefined;
  children: ComponentChildren;
  testId?: string;
}

/** A link only when `href` is http(s); otherwise its text alone. Opens in a new tab, no referrer. */
export function SafeLink({ href, children, testId }: SafeLinkProps) {
  const safe = toSafeHttpUrl(href);
  if (!safe) return <span data-testid={testId}>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {children}
    </a>
  );
}
