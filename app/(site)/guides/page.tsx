import type { Metadata } from 'next';
import { GuideIndex } from '@/components/guide-index';
import { PageShell } from '@/components/page-shell';
import { getGuides } from '@/lib/content/queries';
import { staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = pageMetadata({
  title: 'Massage guides',
  description: 'Step-by-step massage guides to relax before bed, on yourself or a partner, filterable by body area and by who the technique is for.',
  path: staticPaths.guides,
});

export default function GuidesPage() {
  const guides = getGuides();
  return (
    <PageShell medium="page" campaign="guides" crumbs={breadcrumbTrail({ name: 'Guides', path: staticPaths.guides })}>
      <GuideIndex title="Massage guides" guides={guides} allGuides={guides} currentPath={staticPaths.guides} />
    </PageShell>
  );
}
