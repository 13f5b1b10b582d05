import type { Organization } from '../lib/models/page-context';
import { Section } from './Section';

export interface OrganizationsSectionProps {
  organizations: Organization[];
}

/** Organizations the article names, by mentions; aliases on expand. */
export function OrganizationsSection({ organizations }: OrganizationsSectionProps) {
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
                  <p class="small">Also: {org.aliases.join(' · ')}</p>
                ) : (
                  <p class="small muted">No other names in this article.</p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
