import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageIntro } from '@/components/page-intro';
import { PageShell } from '@/components/page-shell';
import { PostList } from '@/components/post-list';
import { getPostsWithTag, getTags } from '@/lib/content/queries';
import { tagPath } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { tagLabel } from '@/lib/tag-label';

type Props = { params: Promise<{ slug: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return getTags().map((slug) => ({ slug }));
}

// Only tags some published post carries; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return pageMetadata({
    title: `Topic: ${tagLabel(slug)}`,
    description: `Articles and massage guides about ${tagLabel(slug).toLowerCase()}, to help you wind down and sleep better, newest first.`,
    path: tagPath(slug),
  });
}

export default async function TagPage({ params }: Props) {
  const { slug } = await params;
  const posts = getPostsWithTag(slug);
  if (posts.length === 0) notFound();
  return (
    <PageShell medium="page" campaign={`tag-${slug}`} crumbs={breadcrumbTrail({ name: `Topic: ${tagLabel(slug)}`, path: tagPath(slug) })}>
      <PageIntro title={`Topic: ${tagLabel(slug)}`}>
        <p>{posts.length === 1 ? 'One article or guide' : `${posts.length} articles and guides`} on this topic, newest first.</p>
      </PageIntro>
      <PostList posts={posts} />
    </PageShell>
  );
}
