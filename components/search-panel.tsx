'use client';

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

/**
 * The search page's box and results. The box is in the page's HTML, so a reader
 * can type before the script runs; Pagefind loads when the reader first focuses or types.
 */
export function SearchPanel() {
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

  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The query comes from the address (?q=), which only the browser knows on a static page, or from
    // words typed before this script ran (a slow phone), which win.
    const box = input.current;
    const fromAddress = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
    const typed = box?.value.trim() ?? '';
    if (box && !typed) box.value = fromAddress;
    const query = typed || fromAddress;
    if (!query) return;
    if (query !== fromAddress) window.history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
    const ticket = ++latest.current;
    void resultsFor(query).then((next) => {
      if (ticket === latest.current) setState(next);
    });
  }, []);

  return (
    <div>
      <form role="search" aria-label="Articles and guides" onSubmit={onSubmit} className="flex max-w-2xl gap-2">
        <label htmlFor="search-query" className="sr-only">
          Search articles and guides
        </label>
        <input
          ref={input}
          id="search-query"
          type="search"
          name="q"
          onFocus={() => void loadPagefind().catch(() => undefined)}
          onChange={(event) => search(event.currentTarget.value.trim())}
          placeholder="Try “bath” or “feet”"
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
