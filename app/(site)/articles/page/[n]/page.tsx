import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListingPage } from '@/components/post-listing-page';
import { getArticleListing } from '@/lib/content/queries';
import { laterPageParams, pageOfListing } from '@/lib/content/post-listings';
import { listingMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ n: string }> };

// @see https://nextjs.org/docs/app/api-reference/functions/generate-static-params
export function generateStaticParams() {
  return laterPageParams([getArticleListing()]).map(({ n }) => ({ n }));
}

// Only pages that exist at build time; anything else is a 404.
export const dynamicParams = false;

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(pageOfListing(getArticleListing(), (await params).n));
}

export default async function ArticlesLaterPage({ params }: Props) {
  const page = pageOfListing(getArticleListing(), (await params).n);
  if (!page) notFound();
  return <PostListingPage page={page} />;
}
