import type { OpenData } from '../lib/publishers/index';
import { SafeLink } from './SafeLink';

export interface OpenDataFactsProps {
  openData: OpenData | null | undefined;
}

const PROPERTY_LABEL: Record<string, string> = {
  P31: 'Is a',
  P127: 'Owned by',
  P749: 'Parent organization',
  P17: 'Country',
  P571: 'Founded',
  P1142: 'Political ideology',
  P1387: 'Political alignment',
};

/** Facts from Wikidata and Wikipedia (only present when the reader turned the lookup on). */
export function OpenDataFacts({ openData }: OpenDataFactsProps) {
  if (!openData) return null;
  if (openData.status === 'not-found' || !openData.facts) {
    return (
      <li class="small muted">
        Not found on Wikidata (looked up {new Date(openData.fetchedAtMs).toLocaleDateString()}).
      </li>
    );
  }
  const item = openData.facts;
  return (
    <>
      {item.facts.slice(0, 8).map((fact, i) => (
        <li class="small" key={`${fact.property}-${i}`} data-testid="open-data-fact">
          {PROPERTY_LABEL[fact.property] ?? fact.property}: {fact.value}{' '}
          <span class="muted">
            (<SafeLink href={fact.url}>Wikidata</SafeLink>)
          </span>
        </li>
      ))}
      {item.wikipedia && (
        <li class="small">
          {item.wikipedia.extract.slice(0, 280)}
          {item.wikipedia.extract.length > 280 ? '…' : ''}{' '}
          <span class="muted">
            (<SafeLink href={item.wikipedia.url}>Wikipedia</SafeLink>)
          </span>
        </li>
      )}
      {item.candidates > 1 && (
        <li class="small muted">Several Wikidata items match this site: the match is uncertain.</li>
      )}
    </>
  );
}
