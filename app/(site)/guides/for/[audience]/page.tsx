import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideIndex } from '@/components/guide-index';
import { PageShell } from '@/components/page-shell';
import { getGuides } from '@/lib/content/queries';
import { guideFilterCrumbs, guideFilterMetadata, guideFilterTitle } from '@/lib/guide-filter-pages';
import { audienceCounts, filterGuides, isAudience } from '@/lib/guide-filters';

type Props = { params: Promise<{ audience: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return audienceCounts(getGuides()).map(({ audience }) => ({ audience }));
}

// One page per audience that has guides; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { audience } = await params;
  return isAudience(audience) ? guideFilterMetadata({ audience }) : {};
}

export default async function GuidesByAudiencePage({ params }: Props) {
  const { audience } = await params;
  if (!isAudience(audience)) notFound();
  const allGuides = getGuides();
  const guides = filterGuides(allGuides, { audience });
  if (guides.length === 0) notFound();
  return (
    <PageShell medium="page" campaign="guides" crumbs={guideFilterCrumbs({ audience })}>
      <GuideIndex title={guideFilterTitle({ audience })} guides={guides} allGuides={allGuides} filter={{ audience }} />
    </PageShell>
  );
}
