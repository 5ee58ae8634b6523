import type { ListingPage } from '@/lib/content/post-listings';
import { AuthorProfile } from './author-profile';
import { PageIntro } from './page-intro';

export type ListingIntroProps = { page: ListingPage };

/** The top of a listing page: its h1, which names the page after the first, and what the listing holds. */
export function ListingIntro({ page }: ListingIntroProps) {
  const { listing } = page;
  const title = page.page === 1 ? listing.name : `${listing.name}, page ${page.page} of ${page.pageCount}`;
  switch (listing.kind) {
    case 'author':
      return (
        <>
          <AuthorProfile author={listing.author} title={title} />
          <h2 className="mb-4 heading-section">Written or reviewed by {listing.author.name.split(' ')[0]}</h2>
        </>
      );
    case 'category':
      return (
        <PageIntro title={title}>
          <p>{listing.category.description}</p>
        </PageIntro>
      );
    case 'tag':
      return (
        <PageIntro title={title}>
          <p>{listing.posts.length === 1 ? 'One article or guide' : `${listing.posts.length} articles and guides`} on this topic, newest first.</p>
        </PageIntro>
      );
    case 'articles':
      return (
        <PageIntro title={title}>
          <p>Plain-language reading on sleep, rest and winding down, each piece reviewed for accuracy.</p>
        </PageIntro>
      );
  }
}
