'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { loadPagefind, searchSite, type SearchState } from '@/lib/search-client';
import { SearchResults } from './search-results';

async function resultsFor(query: string): Promise<SearchState> {
  try {
    return { status: 'done', query, hits: await searchSite(query) };
  } catch {
    return { status: 'error' };
  }
}

/** The search page's box and results. Pagefind loads when the reader first focuses or types. */
export function SearchPanel() {
  const initialQuery = useSearchParams().get('q')?.trim() ?? '';
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  // Only the latest query's answer is shown, however the answers arrive.
  const latest = useRef(0);

  function showResults(query: string) {
    const ticket = ++latest.current;
    void resultsFor(query).then((next) => {
      if (ticket === latest.current) setState(next);
    });
  }

  function search(query: string) {
    // Keep the query in the address, so reloading or sharing the page repeats the search.
    window.history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : window.location.pathname);
    if (!query) {
      latest.current += 1;
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'searching' });
    showResults(query);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    search(String(new FormData(event.currentTarget).get('q') ?? '').trim());
  }

  useEffect(() => {
    if (!initialQuery) return;
    const ticket = ++latest.current;
    void resultsFor(initialQuery).then((next) => {
      if (ticket === latest.current) setState(next);
    });
  }, [initialQuery]);

  return (
    <div>
      <form role="search" aria-label="Articles and guides" onSubmit={onSubmit} className="flex max-w-2xl gap-2">
        <label htmlFor="search-query" className="sr-only">
          Search articles and guides
        </label>
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={initialQuery}
          onFocus={() => void loadPagefind().catch(() => undefined)}
          onChange={(event) => search(event.currentTarget.value.trim())}
          placeholder="Try “bath” or “foot massage”"
          autoComplete="off"
          className="min-w-0 flex-1 rounded-full border border-line bg-paper px-5 py-3 text-lg text-ink placeholder:text-muted"
        />
        <button type="submit" className="rounded-full bg-ink px-6 font-semibold text-paper">
          Search
        </button>
      </form>
      <SearchResults state={state} />
    </div>
  );
}
