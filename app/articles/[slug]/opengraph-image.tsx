import { notFound } from 'next/navigation';
import { getArticle, getArticles } from '@/lib/content/queries';
import { openGraphImageSize } from '@/lib/seo/og-image-path';
import { openGraphCard } from '@/lib/seo/open-graph-card';
import { siteConfig } from '@/lib/site-config';

type Props = { params: Promise<{ slug: string }> };

// @see https://nextjs.org/docs/app/api-reference/file-conventions/metadata/opengraph-image
export const alt = `The article’s title on a ${siteConfig.name} card`;
export const size = openGraphImageSize;
export const contentType = 'image/png';

// One card per article, drawn at build time.
// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

export const dynamicParams = false;

export default async function Image({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return openGraphCard({ title: article.title, kind: 'Article' });
}
