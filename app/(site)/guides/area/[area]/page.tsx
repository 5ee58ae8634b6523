import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideIndex } from '@/components/guide-index';
import { PageShell } from '@/components/page-shell';
import { getGuides } from '@/lib/content/queries';
import { guideFilterCrumbs, guideFilterMetadata, guideFilterTitle } from '@/lib/guide-filter-pages';
import { areaCounts, filterGuides, isBodyArea } from '@/lib/guide-filters';

type Props = { params: Promise<{ area: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return areaCounts(getGuides()).map(({ area }) => ({ area }));
}

// One page per body area that has guides; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { area } = await params;
  return isBodyArea(area) ? guideFilterMetadata({ area }) : {};
}

export default async function GuidesByAreaPage({ params }: Props) {
  const { area } = await params;
  if (!isBodyArea(area)) notFound();
  const allGuides = getGuides();
  const guides = filterGuides(allGuides, { area });
  if (guides.length === 0) notFound();
  return (
    <PageShell medium="page" campaign="guides" crumbs={guideFilterCrumbs({ area })}>
      <GuideIndex title={guideFilterTitle({ area })} guides={guides} allGuides={allGuides} filter={{ area }} />
    </PageShell>
  );
}
