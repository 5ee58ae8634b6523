import type { Heading } from '@/lib/content/collections';

export type TableOfContentsProps = { headings: Heading[] };

function HeadingLinks({ headings }: TableOfContentsProps) {
  return (
    <ol className="space-y-1 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
          {/* At least 24 px tall, so each link is an easy target. */}
          <a href={`#${heading.id}`} className="inline-flex min-h-7 items-center py-0.5 text-ink underline-offset-4 hover:underline">
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Links to the page's headings: a collapsible list on phones, a sticky list
 * beside the text on wide screens. Only one of the two is displayed at a time.
 */
export function TableOfContents({ headings }: TableOfContentsProps) {
  if (headings.length < 2) return null;
  return (
    <nav aria-label="On this page" data-pagefind-ignore className="font-sans lg:sticky lg:top-6 print:hidden">
      <details className="-mt-px border-y border-line lg:hidden">
        <summary className="cursor-pointer py-2 font-semibold">On this page</summary>
        <div className="pb-3 pl-4">
          <HeadingLinks headings={headings} />
        </div>
      </details>
      <div className="hidden border-l border-line pl-5 lg:block">
        <p className="mb-2 text-sm font-semibold text-muted">On this page</p>
        <HeadingLinks headings={headings} />
      </div>
    </nav>
  );
}
