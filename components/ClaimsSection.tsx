import type { Claim } from '../lib/models/page-context';
import { Section } from './Section';

export interface ClaimsSectionProps {
  claims: Claim[];
  limit?: number;
}

/** Check-worthy claims by rank, with kind and speaker; opinion is listed apart, never hidden. */
export function ClaimsSection({ claims, limit = 8 }: ClaimsSectionProps) {
  const factual = claims.filter((c) => c.checkworthy && c.kind !== 'opinion');
  const opinion = claims.filter((c) => c.kind === 'opinion');
  return (
    <Section id="claims" title="Claims to check" count={factual.length}>
      {factual.length === 0 ? (
        <p class="muted">No check-worthy factual claims found.</p>
      ) : (
        <ol class="claims" data-testid="claims">
          {factual.slice(0, limit).map((claim, i) => (
            <li key={`${claim.start ?? i}`} data-testid="claim">
              <p class="claim-text">{claim.text}</p>
              <p class="small">
                <span class="kind">{claim.kind}</span>
                {claim.speaker && <span> · said by {claim.speaker}</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
      {opinion.length > 0 && (
        <details class="opinion">
          <summary>Opinion ({opinion.length})</summary>
          <ul>
            {opinion.slice(0, limit).map((claim, i) => (
              <li key={`${claim.start ?? i}`}>{claim.text}</li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}
