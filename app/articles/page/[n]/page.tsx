import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleIndex } from '@/components/article-index';
import { PageShell } from '@/components/page-shell';
import { isStaticExport } from '@/lib/build-target';
import { getArticles } from '@/lib/content/queries';
import { postsPerPage, laterPageNumbers, paginate, parsePageNumber } from '@/lib/pagination';
import { articlesPagePath, staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ n: string }> };

function pageOf(param: string) {
  const number = parsePageNumber(param);
  // Page 1 lives at /articles only, so it has one address.
  return number && number > 1 ? paginate(getArticles(), number, postsPerPage) : undefined;
}

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  const later = laterPageNumbers(getArticles().length, postsPerPage).map((n) => ({ n: String(n) }));
  // A static export refuses a dynamic route with no pages; page "1" then renders the not-found page (noindex, unlinked).
  return later.length || !isStaticExport ? later : [{ n: '1' }];
}

// Only pages that exist at build time; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageOf((await params).n);
  if (!page) return {};
  return pageMetadata({
    title: `Articles, page ${page.page}`,
    description: `Page ${page.page} of ${page.pageCount} of every Calm Nights article on sleep, rest and winding down, newest first.`,
    path: articlesPagePath(page.page),
  });
}

export default async function ArticlesLaterPage({ params }: Props) {
  const page = pageOf((await params).n);
  if (!page) notFound();
  return (
    <PageShell medium="page" campaign="articles" crumbs={breadcrumbTrail({ name: 'Articles', path: staticPaths.articles }, { name: `Page ${page.page}`, path: articlesPagePath(page.page) })}>
      <ArticleIndex page={page} />
    </PageShell>
  );
}
