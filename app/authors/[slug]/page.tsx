import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorProfile } from '@/components/author-profile';
import { PageShell } from '@/components/page-shell';
import { PostList } from '@/components/post-list';
import { getAuthor, getAuthors, getPostsByAuthor } from '@/lib/content/queries';
import { authorPath } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteConfig } from '@/lib/site-config';

type Props = { params: Promise<{ slug: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return getAuthors().map((author) => ({ slug: author.slug }));
}

export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).slug);
  if (!author) return {};
  return pageMetadata({
    title: author.name,
    description: `${author.name}, ${author.role}: who they are and the ${siteConfig.name} articles and guides they have written or reviewed.`,
    path: authorPath(author.slug),
  });
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).slug);
  if (!author) notFound();
  return (
    <PageShell medium="page" campaign={`author-${author.slug}`} crumbs={breadcrumbTrail({ name: author.name, path: authorPath(author.slug) })}>
      <AuthorProfile author={author} />
      <h2 className="mb-4 text-xl font-semibold">Written or reviewed by {author.name.split(' ')[0]}</h2>
      <PostList posts={getPostsByAuthor(author.slug)} headingLevel={3} emptyText="Nothing published yet." />
    </PageShell>
  );
}
