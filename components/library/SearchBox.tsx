export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  resultCount: number | null;
}

/** The search field: every word must match, the last one as you type it; `-word` excludes. */
export function SearchBox({ value, onInput, resultCount }: SearchBoxProps) {
  return (
    <div class="search-box" role="search" aria-label="Search the library">
      <label for="library-search">Search quotes, notes, titles, tags, publishers and organizations</label>
      <input
        id="library-search"
        type="search"
        data-testid="library-search"
        autocomplete="off"
        spellcheck={false}
        placeholder="e.g. sanctions senate -opinion"
        value={value}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
      <p class="small muted" role="status" data-testid="library-count">
        {resultCount === null
          ? 'Loading…'
          : `${resultCount.toLocaleString()} ${resultCount === 1 ? 'result' : 'results'}`}
      </p>
    </div>
  );
}
