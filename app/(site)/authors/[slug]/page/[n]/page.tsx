import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListingPage } from '@/components/post-listing-page';
import { getListing, getListings } from '@/lib/content/queries';
import { laterPageParams, pageOfListing } from '@/lib/content/post-listings';
import { listingMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ slug: string; n: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return laterPageParams(getListings('author'));
}

// Only pages that exist at build time; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return listingMetadata(pageOfListing(getListing('author', slug), n));
}

export default async function AuthorLaterPage({ params }: Props) {
  const { slug, n } = await params;
  const page = pageOfListing(getListing('author', slug), n);
  if (!page) notFound();
  return <PostListingPage page={page} />;
}
