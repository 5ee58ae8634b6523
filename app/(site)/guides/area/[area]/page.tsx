import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideIndex } from '@/components/guide-index';
import { PageShell } from '@/components/page-shell';
import { getGuides } from '@/lib/content/queries';
import { areaCounts, bodyAreaLabels, guidesForArea, isBodyArea } from '@/lib/guide-filters';
import { guideAreaPath, staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';

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
  if (!isBodyArea(area)) return {};
  const label = bodyAreaLabels[area].toLowerCase();
  return pageMetadata({
    title: `Massage guides: ${label}`,
    description: `Step-by-step massage guides for the ${label} to help you relax before bed, with the time each takes and the precautions to read first.`,
    path: guideAreaPath(area),
  });
}

export default async function GuidesByAreaPage({ params }: Props) {
  const { area } = await params;
  if (!isBodyArea(area)) notFound();
  const allGuides = getGuides();
  const guides = guidesForArea(allGuides, area);
  if (guides.length === 0) notFound();
  return (
    <PageShell medium="page" campaign="guides" crumbs={breadcrumbTrail({ name: 'Guides', path: staticPaths.guides }, { name: bodyAreaLabels[area], path: guideAreaPath(area) })}>
      <GuideIndex title={`Massage guides: ${bodyAreaLabels[area].toLowerCase()}`} guides={guides} allGuides={allGuides} currentPath={guideAreaPath(area)} />
    </PageShell>
  );
}
