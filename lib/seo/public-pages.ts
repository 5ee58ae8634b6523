/**
 * Every page of the site, in one list: the sitemap is built from its indexed
 * pages, content:check's link rules check links against all of them, and the
 * crawl test visits each. Adding a page is one entry in `sitePages`.
 */
import { allPosts, type Content, type Post, postPath } from '../content/collections';
import { articleListing, listingPaths, type PostListing, taxonomyListings } from '../content/post-listings';
import { isPublished } from '../content/publishing';
import { areaCounts, audienceCounts, guidesForArea, guidesForAudience } from '../guide-filters';
import { guideAreaPath, guideAudiencePath, staticPaths } from '../routes';

export type SitePage = {
  path: string;
  /** ISO date of the last change: a post's updatedAt or publishedAt; for a listing, its newest post's. */
  lastModified?: string;
  /** The post the page shows, for an article or guide page. */
  post?: Post;
  /** Whether search engines may list it (the search page is noindex). */
  indexed: boolean;
};

export type PublicPage = Pick<SitePage, 'path' | 'lastModified'>;

/** When a post last changed. */
export const postLastModified = (post: Post) => post.updatedAt ?? post.publishedAt;

/** A page that lists posts: it changes whenever one of them does. */
function listingPage(path: string, posts: Post[]): SitePage {
  const dates = posts.map(postLastModified).sort();
  return { path, lastModified: dates.at(-1), indexed: true };
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

/** Every page the site serves when it shows the posts `shows` accepts, each once. */
export function sitePages(content: Content, shows: (post: Post) => boolean): SitePage[] {
  const posts = allPosts(content).filter(shows);
  const articles = content.articles.filter(shows);
  const guides = content.guides.filter(shows);
  return [
    listingPage(staticPaths.home, posts),
    ...posts.map((post) => ({ path: postPath(post), lastModified: postLastModified(post), post, indexed: true })),
    ...paginatedListingPages(articleListing(articles)),
    listingPage(staticPaths.guides, guides),
    ...areaCounts(guides).map(({ area }) => listingPage(guideAreaPath(area), guidesForArea(guides, area))),
    ...audienceCounts(guides).map(({ audience }) => listingPage(guideAudiencePath(audience), guidesForAudience(guides, audience))),
    ...taxonomyListings({ posts, categories: content.categories, authors: content.authors }).flatMap(paginatedListingPages),
    ...Object.entries(fixedPagesChanged).map(([path, lastModified]) => ({ path, lastModified, indexed: true })),
    { path: staticPaths.search, indexed: false },
  ];
}

/** The pages search engines may list in a build made at `now`: published posts only (see isPublished). */
export function publicPages(content: Content, now: Date = new Date()): PublicPage[] {
  return sitePages(content, (post) => isPublished(post, now))
    .filter((page) => page.indexed)
    .map(({ path, lastModified }) => ({ path, lastModified }));
}
