import type { Organization } from '../lib/models/page-context';
import { Section } from './Section';

export interface OrganizationsSectionProps {
  organizations: Organization[];
  highlighted: string | null;
  /** Highlights one organization's mentions in the page, or clears them (null). */
  onHighlight: (organization: Organization | null) => void;
}

/** Organizations the article names, by mentions; aliases and a highlight toggle on expand. */
export function OrganizationsSection({ organizations, highlighted, onHighlight }: OrganizationsSectionProps) {
  return (
    <Section id="orgs" title="Organizations named" count={organizations.length}>
      {organizations.length === 0 ? (
        <p class="muted">No organizations found in the article text.</p>
      ) : (
        <ul class="orgs" data-testid="organizations">
          {organizations.slice(0, 50).map((org) => (
            <li key={org.name} data-testid="organization">
              <details>
                <summary>
                  <span class="org-name">{org.name}</span>
                  <span class="badge" title="mentions">
                    {org.mentions}
                  </span>
                  {org.type && <span class="kind">{org.type}</span>}
                </summary>
                {org.aliases.length > 0 ? (
                  <p class="small" data-testid="org-aliases">
                    Also: {org.aliases.join(' · ')}
                  </p>
                ) : (
                  <p class="small muted">No other names in this article.</p>
                )}
                <button
                  type="button"
                  class="ghost"
                  aria-pressed={highlighted === org.name}
                  data-testid="highlight-mentions"
                  onClick={() => onHighlight(highlighted === org.name ? null : org)}
                >
                  {highlighted === org.name
                    ? 'Hide highlights in the page'
                    : 'Highlight mentions in the page'}
                </button>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
