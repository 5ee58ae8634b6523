import { notFound } from 'next/navigation';
import { getGuide, getGuides } from '@/lib/content/queries';
import { openGraphImageSize } from '@/lib/seo/og-image-path';
import { openGraphCard } from '@/lib/seo/open-graph-card';
import { siteConfig } from '@/lib/site-config';

type Props = { params: Promise<{ slug: string }> };

// @see https://nextjs.org/docs/app/api-reference/file-conventions/metadata/opengraph-image
export const alt = `The guide’s title on a ${siteConfig.name} card`;
export const size = openGraphImageSize;
export const contentType = 'image/png';

// One card per guide, drawn at build time.
// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return getGuides().map((guide) => ({ slug: guide.slug }));
}

export const dynamicParams = false;

export default async function Image({ params }: Props) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  return openGraphCard({ title: guide.title, kind: 'Technique guide' });
}
