/**
 * Page metadata for Next's Metadata API, built in one place so every route
 * gets the same canonical URL, Open Graph and Twitter fields, feed links and
 * robots rule. Articles and guides name their own card (public/og); other
 * pages name the site's card explicitly, because a page's own openGraph object
 * replaces the one inherited from the root segment.
 */
import type { Metadata } from 'next';
import type { Post } from '../content/collections';
import { type ListingPage, listingPath } from '../content/post-listings';
import { postPath } from '../routes';
import { absoluteUrl, siteConfig } from '../site-config';
import { feedAlternates } from './feed-links';
import { openGraphImagePath, openGraphImageSize, postCardAlt, siteCardAlt } from './og-image-path';

type Card = { url: string; width: number; height: number; type: string; alt: string };

/** The site's card (app/opengraph-image.tsx), for every page that is not an article or guide. */
const siteCard = (): Card => ({ url: absoluteUrl('/opengraph-image'), ...openGraphImageSize, type: 'image/png', alt: siteCardAlt() });

/** A post's own card (scripts/write-og-cards.ts). */
const postCard = (post: Post): Card => ({ url: absoluteUrl(openGraphImagePath(post)), ...openGraphImageSize, type: 'image/png', alt: postCardAlt(post) });

export type PageMetadataInput = {
  /** The page's own title; the layout's template adds the site name. */
  title: string;
  /** The title is complete as given: for the home page, which the layout's template does not reach. */
  absoluteTitle?: boolean;
  /** 70 to 160 characters, unique across the site. */
  description: string;
  /** The page's path, e.g. "/guides"; made absolute for the canonical URL. Left out on the 404 page. */
  path?: string;
  /** Keeps the page out of search results (search page, 404). */
  noindex?: boolean;
  /** Open Graph article fields, for articles and guides. */
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: string[] };
  /** The page's card; the site's card when left out. */
  card?: Card;
};

/** The Open Graph locale for a language tag: "en-GB" becomes "en_GB". */
export const openGraphLocale = (language: string) => language.replace('-', '_');

/** Metadata for any page. */
export function pageMetadata({ title, absoluteTitle, description, path, noindex, article, card = siteCard() }: PageMetadataInput): Metadata {
  const url = path === undefined ? undefined : absoluteUrl(path);
  const shared = { title, description, ...(url ? { url } : {}), siteName: siteConfig.name, locale: openGraphLocale(siteConfig.language), images: [card] };
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { ...(url ? { canonical: url } : {}), types: feedAlternates() },
    openGraph: article
      ? { ...shared, type: 'article', publishedTime: article.publishedTime, modifiedTime: article.modifiedTime, section: article.section, tags: article.tags }
      : { ...shared, type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images: [card] },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Metadata for an article or guide page; the section is its category. */
export function postMetadata(post: Post): Metadata {
  return pageMetadata({
    title: post.seoTitle ?? post.title,
    description: post.description,
    path: postPath(post),
    article: {
      publishedTime: new Date(post.publishedAt).toISOString(),
      modifiedTime: new Date(post.updatedAt ?? post.publishedAt).toISOString(),
      section: post.category.title,
      tags: post.tags,
    },
    card: postCard(post),
  });
}

/**
 * Metadata for one page of a post listing (none for a page that does not
 * exist): pages after the first say which they are, so every page's title and
 * description is its own.
 */
export function listingMetadata(page: ListingPage | undefined): Metadata {
  if (!page) return {};
  const { listing } = page;
  if (page.page === 1) return pageMetadata({ title: listing.name, description: listing.description, path: listing.path });
  return pageMetadata({
    title: `${listing.name}, page ${page.page}`,
    description: `Page ${page.page} of ${page.pageCount} of the ${siteConfig.name} ${listing.contents}, newest first.`,
    path: listingPath(listing, page.page),
  });
}
