import type { Heading } from '@/lib/content/types';

export type TableOfContentsProps = { headings: Heading[] };

function HeadingLinks({ headings }: TableOfContentsProps) {
  return (
    <ol className="space-y-2 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
          <a href={`#${heading.id}`} className="text-ink underline-offset-4 hover:underline">
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Links to the body's headings: a collapsible list on phones, a sticky list
 * beside the text on wide screens. Only one of the two is displayed at a time.
 */
export function TableOfContents({ headings }: TableOfContentsProps) {
  if (headings.length < 2) return null;
  return (
    <nav aria-label="On this page" data-pagefind-ignore className="print:hidden lg:sticky lg:top-6">
      <details className="my-6 rounded-2xl border border-line px-5 py-3 lg:hidden">
        <summary className="cursor-pointer font-semibold">On this page</summary>
        <div className="mt-3 pb-2">
          <HeadingLinks headings={headings} />
        </div>
      </details>
      <div className="hidden border-l border-line pl-5 lg:block">
        <p className="mb-3 text-sm font-semibold text-muted">On this page</p>
        <HeadingLinks headings={headings} />
      </div>
    </nav>
  );
}
