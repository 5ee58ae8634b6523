import type { Crumb } from '@/lib/seo/breadcrumbs';
import { BreadcrumbTrailJsonLd } from './breadcrumb-trail-json-ld';
import { SiteLink } from './site-link';

export type BreadcrumbsProps = {
  /** From the home page down to this page (the last crumb), as built by `breadcrumbTrail` or `postBreadcrumbs`. */
  crumbs: Crumb[];
};

/** Where the page sits in the site, for readers (links back up the trail) and search engines (the same trail as JSON-LD). */
export function Breadcrumbs({ crumbs }: BreadcrumbsProps) {
  const trail = crumbs.slice(0, -1);
  const current = crumbs.at(-1);
  return (
    <>
      <BreadcrumbTrailJsonLd crumbs={crumbs} />
      <nav aria-label="Breadcrumb" className="mb-5 font-sans text-sm text-muted print:hidden">
        <ol className="flex items-center gap-x-2">
          {trail.map((crumb) => (
            <li key={crumb.path} className="flex shrink-0 items-center gap-2">
              <SiteLink href={crumb.path} className="inline-flex min-h-6 items-center text-ink underline underline-offset-4">
                {crumb.name}
              </SiteLink>
              <span aria-hidden="true">›</span>
            </li>
          ))}
          <li aria-current="page" className="min-w-0 truncate">
            {current?.name}
          </li>
        </ol>
      </nav>
    </>
  );
}
