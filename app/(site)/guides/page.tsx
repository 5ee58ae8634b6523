import type { Metadata } from 'next';
import { GuideIndex } from '@/components/guide-index';
import { PageShell } from '@/components/page-shell';
import { getGuides } from '@/lib/content/queries';
import { guideFilterCrumbs, guideFilterMetadata, guideFilterTitle } from '@/lib/guide-filter-pages';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = guideFilterMetadata({});

export default function GuidesPage() {
  const guides = getGuides();
  return (
    <PageShell medium="page" campaign="guides" crumbs={guideFilterCrumbs({})}>
      <GuideIndex title={guideFilterTitle({})} guides={guides} allGuides={guides} filter={{}} />
    </PageShell>
  );
}
