import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleIndex } from '@/components/article-index';
import { PageShell } from '@/components/page-shell';
import { getArticles } from '@/lib/content/queries';
import { postsPerPage, paginate } from '@/lib/pagination';
import { staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = pageMetadata({
  title: 'Articles',
  description: 'Every Calm Nights article on sleep, rest and winding down, newest first, written in plain language and reviewed for accuracy.',
  path: staticPaths.articles,
});

export default function ArticlesPage() {
  const page = paginate(getArticles(), 1, postsPerPage);
  if (!page) notFound();
  return (
    <PageShell medium="page" campaign="articles" crumbs={breadcrumbTrail({ name: 'Articles', path: staticPaths.articles })}>
      <ArticleIndex page={page} />
    </PageShell>
  );
}
