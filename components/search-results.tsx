import type { SearchState } from '@/lib/search-client';

export type SearchResultsProps = { state: SearchState };

function statusText(state: SearchState): string {
  if (state.status === 'searching') return 'Searching…';
  if (state.status === 'error') return 'Search is not available right now. Please try again later, or browse the articles and guides.';
  if (state.status === 'idle') return '';
  const count = state.hits.length;
  if (count === 0) return `Nothing found for “${state.query}”. Try a simpler word, such as “sleep” or “massage”.`;
  return `${count === 1 ? '1 result' : `${count} results`} for “${state.query}”`;
}

/** The search status, announced to screen readers, and the hits with title, type and highlighted excerpt. */
export function SearchResults({ state }: SearchResultsProps) {
  return (
    <>
      <p role="status" className="mt-6 min-h-7 text-muted">
        {statusText(state)}
      </p>
      {state.status === 'done' && state.hits.length > 0 && (
        <ol aria-label="Search results" className="mt-4 max-w-2xl space-y-6">
          {state.hits.map((hit) => (
            <li key={hit.url} className="border-b border-line pb-6">
              <p className="text-xs font-semibold tracking-wide text-accent uppercase">{hit.type}</p>
              <h2 className="mt-1 heading-sub">
                <a href={hit.url} className="text-ink underline underline-offset-4">
                  {hit.title}
                </a>
              </h2>
              {/* sentenceExcerpt escapes the page text; the only markup is its <mark> around matches. */}
              <p className="mt-2 text-muted" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
