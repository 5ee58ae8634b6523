import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListingPage } from '@/components/post-listing-page';
import { getListing, getListings } from '@/lib/content/queries';
import { pageOfListing } from '@/lib/content/post-listings';
import { listingMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return getListings('author').map(({ slug }) => ({ slug }));
}

// Only authors in content/authors; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(pageOfListing(getListing('author', (await params).slug)));
}

export default async function AuthorPage({ params }: Props) {
  const page = pageOfListing(getListing('author', (await params).slug));
  if (!page) notFound();
  return <PostListingPage page={page} />;
}
