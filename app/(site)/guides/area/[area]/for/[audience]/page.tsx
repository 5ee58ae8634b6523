import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideIndex } from '@/components/guide-index';
import { PageShell } from '@/components/page-shell';
import { getGuides } from '@/lib/content/queries';
import { guideFilterCrumbs, guideFilterMetadata, guideFilterTitle } from '@/lib/guide-filter-pages';
import { filterGuides, filterPairs, isAudience, isBodyArea } from '@/lib/guide-filters';

type Props = { params: Promise<{ area: string; audience: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return filterPairs(getGuides());
}

// One page per body area and audience that share guides; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { area, audience } = await params;
  return isBodyArea(area) && isAudience(audience) ? guideFilterMetadata({ area, audience }) : {};
}

export default async function GuidesByAreaAndAudiencePage({ params }: Props) {
  const { area, audience } = await params;
  if (!isBodyArea(area) || !isAudience(audience)) notFound();
  const allGuides = getGuides();
  const guides = filterGuides(allGuides, { area, audience });
  if (guides.length === 0) notFound();
  return (
    <PageShell medium="page" campaign="guides" crumbs={guideFilterCrumbs({ area, audience })}>
      <GuideIndex title={guideFilterTitle({ area, audience })} guides={guides} allGuides={allGuides} filter={{ area, audience }} />
    </PageShell>
  );
}
