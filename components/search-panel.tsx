'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { loadPagefind, searchSite, type SearchState } from '@/lib/search-client';
import { SearchResults } from './search-results';

/** The search page's box and results. Pagefind loads when the reader first focuses or types. */
export function SearchPanel() {
  const initialQuery = useSearchParams().get('q')?.trim() ?? '';
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);

  async function run(query: string) {
    const ticket = ++latest.current;
    window.history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : window.location.pathname);
    if (!query) return setState({ status: 'idle' });
    setState({ status: 'searching' });
    try {
      const hits = await searchSite(query);
      if (ticket === latest.current) setState({ status: 'done', query, hits });
    } catch {
      if (ticket === latest.current) setState({ status: 'error' });
    }
  }

  useEffect(() => {
    if (initialQuery) void searchSite(initialQuery).then((hits) => setState({ status: 'done', query: initialQuery, hits }), () => setState({ status: 'error' }));
  }, [initialQuery]);

  return (
    <div>
      <form role="search" aria-label="Articles and guides" onSubmit={(event) => { event.preventDefault(); void run(String(new FormData(event.currentTarget).get('q') ?? '').trim()); }} className="flex max-w-2xl gap-2">
        <label htmlFor="search-query" className="sr-only">Search articles and guides</label>
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={initialQuery}
          onFocus={() => void loadPagefind().catch(() => undefined)}
          onChange={(event) => void run(event.currentTarget.value.trim())}
          placeholder="Try “bath” or “foot massage”"
          autoComplete="off"
          className="min-w-0 flex-1 rounded-full border border-line bg-paper px-5 py-3 text-lg text-ink placeholder:text-muted"
        />
        <button type="submit" className="rounded-full bg-ink px-6 font-semibold text-paper">Search</button>
      </form>
      <SearchResults state={state} />
    </div>
  );
}
