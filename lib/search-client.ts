/**
 * The browser side of site search: loads Pagefind's script from the static
 * bundle written by scripts/search-index.mjs, once, on first use.
 */

/** One search hit, as the search page shows it. */
export type SearchHit = {
  url: string;
  title: string;
  /** "Article" or "Technique guide". */
  type: string;
  /** A short passage as HTML, with the matched words in <mark> (Pagefind escapes the text). */
  excerptHtml: string;
};

type PagefindResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> };
type Pagefind = {
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
};

/** Where the bundle is served; the build writes it to public/pagefind. */
export const pagefindScript = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded once; a failed load may be retried. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pagefindScript) as Promise<Pagefind>)
    .then(async (pagefind) => {
      await pagefind.init();
      return pagefind;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The first `limit` hits for a query, best first. */
export async function searchSite(query: string, limit = 10): Promise<SearchHit[]> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  return data.map((item) => ({
    url: item.url,
    title: item.meta.title ?? item.url,
    type: item.meta.type ?? 'Page',
    excerptHtml: item.excerpt,
  }));
}

/** What the search page is showing. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'error' }
  | { status: 'done'; query: string; hits: SearchHit[] };
