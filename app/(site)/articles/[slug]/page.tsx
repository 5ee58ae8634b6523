import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleJsonLd } from '@/components/article-json-ld';
import { PageShell } from '@/components/page-shell';
import { PostView } from '@/components/post-view';
import { getArticle, getArticles, getSuggestions, getUpNext } from '@/lib/content/queries';
import { postBreadcrumbs } from '@/lib/seo/breadcrumbs';
import { postMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

// Every article is known at build time; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? postMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return (
    <PageShell medium="article" campaign={article.slug} crumbs={postBreadcrumbs(article)}>
      <ArticleJsonLd article={article} />
      <PostView post={article} related={getSuggestions(article)} upNext={getUpNext(article)} />
    </PageShell>
  );
}
