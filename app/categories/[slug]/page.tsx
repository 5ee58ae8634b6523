import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageIntro } from '@/components/page-intro';
import { PageShell } from '@/components/page-shell';
import { PostList } from '@/components/post-list';
import { getCategories, getCategory, getPostsInCategory } from '@/lib/content/queries';
import { categoryPath } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return getCategories().map((category) => ({ slug: category.slug }));
}

export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getCategory((await params).slug);
  return category ? pageMetadata({ title: category.title, description: category.description, path: categoryPath(category.slug) }) : {};
}

export default async function CategoryPage({ params }: Props) {
  const category = getCategory((await params).slug);
  if (!category) notFound();
  return (
    <PageShell medium="page" campaign={`category-${category.slug}`} crumbs={breadcrumbTrail({ name: category.title, path: categoryPath(category.slug) })}>
      <PageIntro title={category.title}>
        <p>{category.description}</p>
      </PageIntro>
      <PostList posts={getPostsInCategory(category.slug)} emptyText="Nothing has been published in this category yet." />
    </PageShell>
  );
}
