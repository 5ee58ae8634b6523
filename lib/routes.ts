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

/** Page n (from 1) of the paginated article index; page 1 is the index itself. */
export function articlesPagePath(page: number): string {
  return page <= 1 ? staticPaths.articles : `${staticPaths.articles}/page/${page}`;
}

/** The guide index filtered to one body area. */
export const guideAreaPath = (area: string) => `${staticPaths.guides}/area/${area}`;
/** The guide index filtered to one audience (self, partner, both). */
export const guideAudiencePath = (audience: string) => `${staticPaths.guides}/for/${audience}`;

export const categoryPath = (slug: string) => `/categories/${slug}`;
export const tagPath = (slug: string) => `/tags/${slug}`;
export const authorPath = (slug: string) => `/authors/${slug}`;
