import type { Metadata } from 'next';
import { PageIntro } from '@/components/page-intro';
import { PageShell } from '@/components/page-shell';
import { SearchPanel } from '@/components/search-panel';
import { staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every article and massage guide on the site by word or phrase, with the matching passage of each page highlighted.',
  path: staticPaths.search,
  noindex: true,
});

export default function SearchPage() {
  return (
    <PageShell medium="page" campaign="search" crumbs={breadcrumbTrail({ name: 'Search', path: staticPaths.search })}>
      <PageIntro title="Search" />
      <SearchPanel />
      <noscript>
        <p className="mt-6 text-muted">Search needs JavaScript. You can still browse all articles and guides from the menu.</p>
      </noscript>
    </PageShell>
  );
}
