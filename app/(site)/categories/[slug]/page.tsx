import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListingPage } from '@/components/post-listing-page';
import { getListing, getListings } from '@/lib/content/queries';
import { pageOfListing } from '@/lib/content/post-listings';
import { listingMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ slug: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return getListings('category').map(({ slug }) => ({ slug }));
}

// Only categories in content/categories; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(pageOfListing(getListing('category', (await params).slug)));
}

export default async function CategoryPage({ params }: Props) {
  const page = pageOfListing(getListing('category', (await params).slug));
  if (!page) notFound();
  return <PostListingPage page={page} />;
}
