import Link from 'next/link';

export type Crumb = { label: string; href: string };
export type BreadcrumbsProps = { trail: Crumb[]; current: string };

/** Where the page sits in the site: links back up the trail, then the page itself. */
export function Breadcrumbs({ trail, current }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumb" className="mb-6 text-sm text-muted print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-2">
            <Link href={crumb.href} prefetch={false} className="text-ink underline underline-offset-4">
              {crumb.label}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="line-clamp-1">
          {current}
        </li>
      </ol>
    </nav>
  );
}
