import type { LibraryFacets } from '../../lib/library/facets';
import type { LibraryView } from '../../lib/library/view';

export interface FilterBarProps {
  view: LibraryView;
  facets: LibraryFacets;
  onChange: (patch: Partial<LibraryView>) => void;
  onClear: () => void;
}

interface ChoiceProps {
  id: string;
  label: string;
  value: string | null;
  options: { value: string; label: string; count: number }[];
  onChange: (value: string | null) => void;
}

function Choice({ id, label, value, options, onChange }: ChoiceProps) {
  const known = value === null || options.some((o) => o.value === value);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={id}
        value={value ?? ''}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value || null)}
      >
        <option value="">Any</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters and ordering of the library view; every change goes to the URL. */
export function FilterBar({ view, facets, onChange, onClear }: FilterBarProps) {
  const day = (e: Event): string | null => (e.target as HTMLInputElement).value || null;
  return (
    <fieldset class="filters" aria-label="Filters">
      <legend class="visually-hidden">Filters</legend>
      <Choice
        id="filter-publisher"
        label="Publisher"
        value={view.publisher}
        options={facets.publishers}
        onChange={(publisher) => onChange({ publisher })}
      />
      <Choice
        id="filter-org"
        label="Organization named"
        value={view.org}
        options={facets.organizations}
        onChange={(org) => onChange({ org })}
      />
      <Choice
        id="filter-tag"
        label="Tag"
        value={view.tag}
        options={facets.tags}
        onChange={(tag) => onChange({ tag })}
      />
      <div class="field">
        <label for="filter-from">Saved from</label>
        <input
          id="filter-from"
          data-testid="filter-from"
          type="date"
          value={view.from ?? ''}
          onChange={(e) => onChange({ from: day(e) })}
        />
      </div>
      <div class="field">
        <label for="filter-to">to</label>
        <input
          id="filter-to"
          data-testid="filter-to"
          type="date"
          value={view.to ?? ''}
          onChange={(e) => onChange({ to: day(e) })}
        />
      </div>
      <div class="field">
        <label for="filter-kind">Show</label>
        <select
          id="filter-kind"
          data-testid="filter-kind"
          value={view.kind}
          onChange={(e) => onChange({ kind: (e.target as HTMLSelectElement).value as LibraryView['kind'] })}
        >
          <option value="all">Clippings and notes</option>
          <option value="clippings">Clippings</option>
          <option value="notes">Page notes</option>
        </select>
      </div>
      <label class="check">
        <input
          type="checkbox"
          data-testid="filter-note"
          checked={view.note}
          onChange={(e) => onChange({ note: (e.target as HTMLInputElement).checked })}
        />
        Has a note
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-testid="filter-orphaned"
          checked={view.orphaned}
          onChange={(e) => onChange({ orphaned: (e.target as HTMLInputElement).checked })}
        />
        Orphaned
      </label>
      <div class="field">
        <label for="filter-sort">Sort</label>
        <select
          id="filter-sort"
          data-testid="filter-sort"
          value={view.sort}
          onChange={(e) => onChange({ sort: (e.target as HTMLSelectElement).value as LibraryView['sort'] })}
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="article">By article title</option>
        </select>
      </div>
      <div class="field">
        <label for="filter-group">Layout</label>
        <select
          id="filter-group"
          data-testid="filter-group"
          value={view.group}
          onChange={(e) => onChange({ group: (e.target as HTMLSelectElement).value as LibraryView['group'] })}
        >
          <option value="article">Grouped by article</option>
          <option value="stream">One stream</option>
        </select>
      </div>
      <button type="button" class="ghost" data-testid="filter-clear" onClick={onClear}>
        Clear filters
      </button>
    </fieldset>
  );
}
