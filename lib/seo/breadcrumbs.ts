/** Breadcrumb trails: the path from the home page down to a page, for BreadcrumbList JSON-LD. */
import type { Post } from '../content/collections';
import { type ListingPage, listingPath } from '../content/post-listings';
import { postPath, staticPaths } from '../routes';
import { absoluteUrl, type SiteConfig, siteConfig } from '../site-config';

export type Crumb = { name: string; path: string };

/** A trail that starts at the home page and ends at the page itself (the last crumb). */
export function breadcrumbTrail(...crumbs: Crumb[]): Crumb[] {
  return [{ name: 'Home', path: staticPaths.home }, ...crumbs];
}

/** Home › Articles (or Guides) › the post. */
export function postBreadcrumbs(post: Post): Crumb[] {
  const section = post.type === 'guide' ? { name: 'Guides', path: staticPaths.guides } : { name: 'Articles', path: staticPaths.articles };
  return breadcrumbTrail(section, { name: post.title, path: postPath(post) });
}

/** Home › the listing, then › Page n on the pages after its first. */
export function listingBreadcrumbs({ listing, page }: ListingPage): Crumb[] {
  const first = { name: listing.name, path: listing.path };
  return page === 1 ? breadcrumbTrail(first) : breadcrumbTrail(first, { name: `Page ${page}`, path: listingPath(listing, page) });
}

/** The trail as next-seo's BreadcrumbJsonLd items, with absolute URLs. */
export function breadcrumbItems(crumbs: Crumb[], config: SiteConfig = siteConfig) {
  return crumbs.map((crumb) => ({ name: crumb.name, item: absoluteUrl(crumb.path, config) }));
}
