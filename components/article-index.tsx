import type { Article } from '@/lib/content/types';
import type { Page } from '@/lib/pagination';
import { articlesPagePath } from '@/lib/routes';
import { PageIntro } from './page-intro';
import { Pagination } from './pagination';
import { PostList } from './post-list';

export type ArticleIndexProps = { page: Page<Article> };

/** One page of the article index. */
export function ArticleIndex({ page }: ArticleIndexProps) {
  return (
    <>
      <PageIntro title={page.page === 1 ? 'Articles' : `Articles, page ${page.page} of ${page.pageCount}`}>
        <p>Plain-language reading on sleep, rest and winding down, each piece reviewed for accuracy.</p>
      </PageIntro>
      <PostList posts={page.items} emptyText="No articles have been published yet." />
      <Pagination page={page.page} pageCount={page.pageCount} pathFor={articlesPagePath} />
    </>
  );
}
