import { type ListingPage, listingPath } from '@/lib/content/post-listings';
import { listingBreadcrumbs } from '@/lib/seo/breadcrumbs';
import { ListingIntro } from './listing-intro';
import { PageShell } from './page-shell';
import { Pagination } from './pagination';
import { PostList } from './post-list';

export type PostListingPageProps = { page: ListingPage };

const emptyText = {
  articles: 'No articles have been published yet.',
  category: 'Nothing has been published in this category yet.',
  author: 'Nothing published yet.',
  tag: 'Nothing is published on this topic yet.',
};

/** One page of a post listing (the article index, a tag, category or author): its cards and the links to its other pages. */
export function PostListingPage({ page }: PostListingPageProps) {
  const { listing } = page;
  return (
    <PageShell medium="page" campaign={listing.campaign} crumbs={listingBreadcrumbs(page)}>
      <ListingIntro page={page} />
      {/* The author's page has an h2 above the cards. */}
      <PostList posts={page.items} headingLevel={listing.kind === 'author' ? 3 : 2} emptyText={emptyText[listing.kind]} firstRow="lead" />
      <Pagination page={page.page} pageCount={page.pageCount} pathFor={(n) => listingPath(listing, n)} />
    </PageShell>
  );
}
