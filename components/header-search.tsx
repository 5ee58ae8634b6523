import { staticPaths } from '@/lib/routes';

/** The header's search box: a plain form that opens the search page with the query, so it works without JavaScript. */
export function HeaderSearch() {
  return (
    <form action={staticPaths.search} method="get" role="search" aria-label="Site" className="flex min-w-0 flex-1 basis-40 sm:flex-none sm:basis-auto">
      <label htmlFor="header-search" className="sr-only">
        Search articles and guides
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        placeholder="Search"
        autoComplete="off"
        className="w-full min-w-0 rounded-l-full border border-r-0 border-line bg-paper px-4 py-1.5 text-sm text-ink placeholder:text-muted sm:w-44 sm:max-w-[35vw]"
      />
      <button type="submit" className="rounded-r-full border border-line bg-surface px-3 text-ink hover:bg-line">
        <span className="sr-only">Search</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
      </button>
    </form>
  );
}
