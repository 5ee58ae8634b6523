/**
 * The browser side of site search: loads Pagefind's script from the static
 * bundle written by scripts/search-index.mjs, once, on first use.
 */

import { bestLocation, sentenceExcerpt } from './search-excerpt';

/** One search hit, as the search page shows it. */
export type SearchHit = {
  url: string;
  title: string;
  /** "Article" or "Technique guide". */
  type: string;
  /** A short passage from the start of a sentence, as HTML with the matched words in <mark> (the text escaped). */
  excerptHtml: string;
};

type PagefindResultData = {
  url: string;
  /** The page text, unescaped (Pagefind's `content` is HTML-escaped). */
  raw_content: string;
  locations: number[];
  weighted_locations: { location: number; balanced_score: number }[];
  meta: Record<string, string | undefined>;
};
type Pagefind = {
  options: (options: { ranking?: { metaWeights?: Record<string, number> } }) => Promise<void>;
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
      // A match in the title or a guide's body area (its "area" meta) counts as much as the title does by
      // default, so "feet" finds the foot guide before a page that mentions feet in passing.
      await pagefind.options({ ranking: { metaWeights: { title: 5, area: 5 } } });
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
    excerptHtml: sentenceExcerpt(item.raw_content, item.locations, { best: bestLocation(item.weighted_locations) }),
  }));
}

/** What the search page is showing. */
export type SearchState = { status: 'idle' } | { status: 'searching' } | { status: 'error' } | { status: 'done'; query: string; hits: SearchHit[] };
