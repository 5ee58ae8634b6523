/**
 * The address of every kind of page, in one place. Routes, links, sitemap and
 * checks all use these; a collection's own pages take their address from its
 * declaration in lib/content/collections.ts.
 */
import { collections } from './content/collections';

export { postPath } from './content/collections';

/** Pages with fixed addresses. */
export const staticPaths = {
  home: '/',
  articles: '/articles',
  guides: '/guides',
  search: '/search',
  sleepTest: '/sleep-test',
  contact: '/contact',
  about: '/about',
  editorialPolicy: '/editorial-policy',
  medicalDisclaimer: '/medical-disclaimer',
} as const;

/**
 * Page n (from 1) of a paginated listing whose first page is at `firstPage`:
 * later pages at `<firstPage>/page/<n>`, page 1 at the listing's own address
 * only, so it has one.
 */
export function listingPagePath(firstPage: string, page: number): string {
  return page <= 1 ? firstPage : `${firstPage}/page/${page}`;
}

/** The guide index filtered to one body area. */
export const guideAreaPath = (area: string) => `${staticPaths.guides}/area/${area}`;
/** The guide index filtered to one audience (self, partner, both). */
export const guideAudiencePath = (audience: string) => `${staticPaths.guides}/for/${audience}`;

/** The guide index filtered to a body area, an audience, both or neither. */
export function guideFilterPath(filter: { area?: string; audience?: string }): string {
  if (filter.area && filter.audience) return `${guideAreaPath(filter.area)}/for/${filter.audience}`;
  if (filter.area) return guideAreaPath(filter.area);
  if (filter.audience) return guideAudiencePath(filter.audience);
  return staticPaths.guides;
}

/** Where a guide filter link lands: on the page's list of results, so a tap shows them rather than the page top. */
export const guideResultsId = 'results';

/** The first page of a category, tag or author listing; later pages: listingPagePath. */
export const categoryPath = collections.categories.path;
export const tagPath = (slug: string) => `/tags/${slug}`;
export const authorPath = collections.authors.path;
