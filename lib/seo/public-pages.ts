/**
 * Every public page of the site, in one list: the sitemap is built from it
 * and the crawl test checks each entry. Adding a page is one entry in
 * `publicPages`. Only published posts count (see isPublished).
 */
import { isPublished } from '../content/publishing';
import type { Content, Post } from '../content/types';
import { areaCounts, audienceCounts, guidesForArea, guidesForAudience } from '../guide-filters';
import { articleListing, listingPaths, type PostListing, taxonomyListings } from '../content/post-listings';
import { guideAreaPath, guideAudiencePath, postPath, staticPaths } from '../routes';

export type PublicPage = {
  path: string;
  /** ISO date of the last change: a post's updatedAt or publishedAt; for a listing, its newest post's. */
  lastModified?: string;
};

/** When a post last changed. */
export const postLastModified = (post: Post) => post.updatedAt ?? post.publishedAt;

/** A page that lists posts: it changes whenever one of them does. */
export function listingPage(path: string, posts: Post[]): PublicPage {
  const dates = posts.map(postLastModified).sort();
  return { path, lastModified: dates.at(-1) };
}

/** Every page of a paginated listing; each changes whenever one of the listing's posts does, as posts move between pages. */
const paginatedListingPages = (listing: PostListing) => listingPaths(listing).map((path) => listingPage(path, listing.posts));

/**
 * When the text of each fixed page last changed. Change a date here when you
 * change that page's words: it is the page's lastmod in the sitemap.
 */
export const fixedPagesChanged = {
  [staticPaths.sleepTest]: '2026-11-24',
  [staticPaths.about]: '2026-11-24',
  [staticPaths.editorialPolicy]: '2026-11-24',
  [staticPaths.medicalDisclaimer]: '2026-11-24',
  [staticPaths.contact]: '2026-11-24',
};

/** The public pages of a build made at `now`, each once. */
export function publicPages(content: Content, now: Date = new Date()): PublicPage[] {
  const articles = content.articles.filter((post) => isPublished(post, now));
  const guides = content.guides.filter((post) => isPublished(post, now));
  const posts: Post[] = [...articles, ...guides];
  // The search page is left out: it is noindex.
  return [
    listingPage(staticPaths.home, posts),
    ...posts.map((post) => ({ path: postPath(post), lastModified: postLastModified(post) })),
    ...paginatedListingPages(articleListing(articles)),
    listingPage(staticPaths.guides, guides),
    ...areaCounts(guides).map(({ area }) => listingPage(guideAreaPath(area), guidesForArea(guides, area))),
    ...audienceCounts(guides).map(({ audience }) => listingPage(guideAudiencePath(audience), guidesForAudience(guides, audience))),
    ...taxonomyListings({ posts, categories: content.categories, authors: content.authors }).flatMap(paginatedListingPages),
    ...Object.entries(fixedPagesChanged).map(([path, lastModified]) => ({ path, lastModified })),
  ];
}
