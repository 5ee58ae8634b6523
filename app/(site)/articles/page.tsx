import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListingPage } from '@/components/post-listing-page';
import { getArticleListing } from '@/lib/content/queries';
import { pageOfListing } from '@/lib/content/post-listings';
import { listingMetadata } from '@/lib/seo/page-metadata';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export function generateMetadata(): Metadata {
  return listingMetadata(pageOfListing(getArticleListing()));
}

export default function ArticlesPage() {
  const page = pageOfListing(getArticleListing());
  if (!page) notFound();
  return <PostListingPage page={page} />;
}
