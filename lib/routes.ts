/** The address of every kind of page, in one place. Routes, links, sitemap and checks all use these. */
import type { Post } from './content/types';

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

/** The path of an article or guide page. */
export function postPath(post: Pick<Post, 'type' | 'slug'>): string {
  return `/${post.type === 'guide' ? 'guides' : 'articles'}/${post.slug}`;
}

/**
 * Page n (from 1) of a paginated listing whose first page is at `firstPage`:
 * later pages at `<firstPage>/page/<n>`, page 1 at the listing's own address
 * only, so it has one.
 */
export function listingPagePath(firstPage: string, page: number): string {
  return page <= 1 ? firstPage : `${firstPage}/page/${page}`;
}

/** Page n (from 1) of the paginated article index; page 1 is the index itself. */
export const articlesPagePath = (page: number) => listingPagePath(staticPaths.articles, page);

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
export const categoryPath = (slug: string) => `/categories/${slug}`;
export const tagPath = (slug: string) => `/tags/${slug}`;
export const authorPath = (slug: string) => `/authors/${slug}`;
