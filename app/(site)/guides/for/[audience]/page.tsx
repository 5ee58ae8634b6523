import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideIndex } from '@/components/guide-index';
import { PageShell } from '@/components/page-shell';
import { getGuides } from '@/lib/content/queries';
import { audienceCounts, audienceLabels, guidesForAudience, isAudience } from '@/lib/guide-filters';
import { guideAudiencePath, staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';

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
  if (!isAudience(audience)) return {};
  const label = audienceLabels[audience].toLowerCase();
  return pageMetadata({
    title: `Massage guides: ${label}`,
    description: `Step-by-step bedtime massage guides, ${label}: each with the time it takes, what you need and the precautions to read first.`,
    path: guideAudiencePath(audience),
  });
}

export default async function GuidesByAudiencePage({ params }: Props) {
  const { audience } = await params;
  if (!isAudience(audience)) notFound();
  const allGuides = getGuides();
  const guides = guidesForAudience(allGuides, audience);
  if (guides.length === 0) notFound();
  return (
    <PageShell medium="page" campaign="guides" crumbs={breadcrumbTrail({ name: 'Guides', path: staticPaths.guides }, { name: audienceLabels[audience], path: guideAudiencePath(audience) })}>
      <GuideIndex title={`Massage guides: ${audienceLabels[audience].toLowerCase()}`} guides={guides} allGuides={allGuides} currentPath={guideAudiencePath(audience)} />
    </PageShell>
  );
}
