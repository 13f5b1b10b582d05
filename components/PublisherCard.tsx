import type { PagePublisher } from '../lib/models/page-context';
import type { PublisherView } from '../lib/messages/contract';
import { OpenDataFacts } from './OpenDataFacts';
import { PublisherEditor } from './PublisherEditor';
import { SafeLink } from './SafeLink';

export interface PublisherCardProps {
  page: PagePublisher | null;
  domain: string;
  view: PublisherView;
  onSetText: (field: 'label' | 'notes', text: string) => void;
  onAddAffiliation: (organization: string, sourceUrl: string) => void;
  onRemoveAffiliation: (organization: string) => void;
}

const SOURCE: Record<string, string> = { reader: 'you', pack: 'a publisher pack', wikidata: 'Wikidata' };
const LINK_KINDS = ['about', 'contact', 'masthead', 'ownership', 'ethics', 'corrections'];

/** Who publishes this: the affiliation flag first, then facts, each with where it came from. */
export function PublisherCard({
  page,
  domain,
  view,
  onSetText,
  onAddAffiliation,
  onRemoveAffiliation,
}: PublisherCardProps) {
  const profile = view.profile;
  const name = profile?.name?.text ?? page?.name ?? profile?.page?.name ?? domain;
  const links = (page?.links ?? profile?.page?.links ?? [])
    .filter((l) => LINK_KINDS.includes(l.kind))
    .slice(0, 6);
  const byline = page?.hasPersonalByline;
  return (
    <section class="publisher-card" aria-labelledby="publisher-heading" data-testid="publisher-card">
      {view.flags.map((flag) => (
        <p class="flag" role="note" key={flag.organization} data-testid="affiliation-flag">
          ⚑ This article names <strong>{flag.organization}</strong>; the publisher is affiliated with{' '}
          {flag.matchedName} (source:{' '}
          <SafeLink href={flag.sourceUrl}>{SOURCE[flag.source] ?? flag.source}</SafeLink>).
        </p>
      ))}
      <h2 id="publisher-heading" class="publisher" data-testid="publisher">
        <span class="publisher-name">{name}</span> <span class="domain">· {domain}</span>
        {profile?.label?.text && (
          <span class="kind" data-testid="publisher-label">
            {profile.label.text}
          </span>
        )}
      </h2>
      <ul class="facts">
        {page?.nameSource && <li class="small muted">Name from the page ({page.nameSource}).</li>}
        {byline !== undefined && byline !== null && (
          <li class="small">
            {byline ? 'This article has a personal byline.' : 'No personal byline on this article.'}
          </li>
        )}
        {view.summary?.text && (
          <li class="small" data-testid="publisher-history">
            {view.summary.text} <span class="muted">(your history)</span>
          </li>
        )}
        {links.length > 0 && (
          <li class="small">
            The site's own pages:{' '}
            {links.map((l, i) => (
              <span key={l.url}>
                {i > 0 && ' · '}
                <SafeLink href={l.url}>{l.kind}</SafeLink>
              </span>
            ))}
          </li>
        )}
        <OpenDataFacts openData={profile?.openData} />
        {profile?.notes?.text && <li class="small note-text">Your note: {profile.notes.text}</li>}
      </ul>
      <PublisherEditor
        label={profile?.label?.text ?? ''}
        notes={profile?.notes?.text ?? ''}
        affiliations={profile?.affiliations ?? []}
        onSetText={onSetText}
        onAddAffiliation={onAddAffiliation}
        onRemoveAffiliation={onRemoveAffiliation}
      />
    </section>
  );
}
