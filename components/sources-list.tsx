import type { Post } from '@/lib/content/collections';

export type SourcesListProps = { sources: Post['sources'] };

/** The references a post relies on, with publisher and year. */
export function SourcesList({ sources }: SourcesListProps) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources" data-pagefind-ignore className="mt-10 border-t border-line pt-6 text-sm">
      <h2 id="sources" className="heading-section">
        Sources
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-muted">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener noreferrer" className="text-accent underline underline-offset-2">
              {source.title}
            </a>
            . {source.publisher}
            {source.year ? `, ${source.year}` : ''}.
          </li>
        ))}
      </ol>
    </section>
  );
}
