import { useState } from 'preact/hooks';
import type { Claim } from '../lib/models/page-context';
import { Section } from './Section';

export interface ClaimsSectionProps {
  claims: Claim[];
  limit?: number;
  /** Scrolls the page to an article-text span and flashes it. */
  onLocate: (start: number, end: number) => void;
}

const KIND_LABEL: Record<string, string> = {
  quantity: 'quantity',
  causal: 'cause/effect',
  'official-action': 'law / official action',
  prediction: 'prediction',
  'personal-experience': 'personal experience',
  quote: 'attributed',
  'other-claim': 'claim',
  opinion: 'opinion',
};

function ClaimItem({ claim, onLocate }: { claim: Claim; onLocate: ClaimsSectionProps['onLocate'] }) {
  const locatable = claim.start !== undefined && claim.end !== undefined;
  return (
    <li data-testid="claim">
      {locatable ? (
        <button
          type="button"
          class="claim-text link"
          onClick={() => onLocate(claim.start!, claim.end!)}
          title="Show in the page"
        >
          {claim.text}
        </button>
      ) : (
        <p class="claim-text">{claim.text}</p>
      )}
      <p class="small">
        <span class="kind" data-testid="claim-kind">
          {KIND_LABEL[claim.kind] ?? claim.kind}
        </span>
        {claim.speaker && <span data-testid="claim-speaker"> · said by {claim.speaker}</span>}
      </p>
    </li>
  );
}

/** Check-worthy claims by rank, with kind and speaker; opinion is listed apart, never hidden. */
export function ClaimsSection({ claims, limit = 5, onLocate }: ClaimsSectionProps) {
  const [all, setAll] = useState(false);
  const factual = claims.filter((c) => c.checkworthy && c.kind !== 'opinion');
  const opinion = claims.filter((c) => c.kind === 'opinion');
  const shown = all ? factual : factual.slice(0, limit);
  return (
    <Section id="claims" title="Claims to check" count={factual.length}>
      {factual.length === 0 ? (
        <p class="muted">No check-worthy factual claims found.</p>
      ) : (
        <ol class="claims" data-testid="claims">
          {shown.map((claim, i) => (
            <ClaimItem key={`${claim.start ?? i}`} claim={claim} onLocate={onLocate} />
          ))}
        </ol>
      )}
      {factual.length > limit && (
        <button type="button" class="ghost" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${factual.length}`}
        </button>
      )}
      {opinion.length > 0 && (
        <details class="opinion" data-testid="opinion">
          <summary>Opinion ({opinion.length})</summary>
          <ul>
            {opinion.map((claim, i) => (
              <li key={`${claim.start ?? i}`}>{claim.text}</li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}
