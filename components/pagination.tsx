import { pageWindow } from '@/lib/pagination';
import { SiteLink } from './site-link';

export type PaginationProps = {
  page: number;
  pageCount: number;
  /** The address of page n (from 1). */
  pathFor: (page: number) => string;
};

const linkClass = 'inline-flex min-w-11 items-center justify-center rounded-full border border-line px-4 py-2 text-ink no-underline hover:border-muted';

/**
 * Previous and next links and a window of page numbers around the current
 * page (see pageWindow), as plain links: the row stays the same size however
 * many pages the list fills.
 */
export function Pagination({ page, pageCount, pathFor }: PaginationProps) {
  if (pageCount < 2) return null;
  return (
    <nav aria-label="Pages" className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <SiteLink href={pathFor(page - 1)} rel="prev" className={linkClass}>
              ← Previous page
            </SiteLink>
          </li>
        )}
        {pageWindow(page, pageCount).map((number, index) =>
          number === 'gap' ? (
            // Skipped numbers: nothing to read out, the links on either side say where they are.
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span aria-current="page" className={`${linkClass} border-ink bg-ink font-semibold text-paper hover:border-ink`}>
                  <span className="sr-only">Page </span>
                  {number}
                </span>
              ) : (
                <SiteLink href={pathFor(number)} className={linkClass}>
                  <span className="sr-only">Page </span>
                  {number}
                </SiteLink>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <SiteLink href={pathFor(page + 1)} rel="next" className={linkClass}>
              Next page →
            </SiteLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
