import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { GuideBody } from '@/components/guide-body';
import { GuideFacts } from '@/components/guide-facts';
import { GuideJsonLd } from '@/components/guide-json-ld';
import { GuideOverview } from '@/components/guide-overview';
import { PageShell } from '@/components/page-shell';
import { PostView } from '@/components/post-view';
import { getGuide, getGuides, getSuggestions, getUpNext } from '@/lib/content/queries';
import { guideOutline, hasLead } from '@/lib/guide-layout';
import { postBreadcrumbs } from '@/lib/seo/breadcrumbs';
import { postMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return getGuides().map((guide) => ({ slug: guide.slug }));
}

// Every guide is known at build time; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  return guide ? postMetadata(guide) : {};
}

export default async function GuidePage({ params }: Props) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  const Body = ({ children }: { children?: ReactNode }) => <GuideBody guide={guide}>{children}</GuideBody>;
  return (
    <PageShell medium="guide" campaign={guide.slug} crumbs={postBreadcrumbs(guide)}>
      <GuideJsonLd guide={guide} />
      <PostView
        post={guide}
        related={getSuggestions(guide)}
        upNext={getUpNext(guide)}
        outline={(headings) => guideOutline(headings, hasLead(guide.body.raw))}
        besideCover={<GuideFacts guide={guide} />}
        atAGlance={<GuideOverview guide={guide} />}
        bodyWrapper={Body}
      />
    </PageShell>
  );
}
