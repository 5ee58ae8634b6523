/**
 * Every public page of the site, in one list: the sitemap is built from it
 * and the crawl test checks each entry. Adding a page is one entry in
 * `publicPages`. Only published posts count (see isPublished).
 */
import { isPublished } from '../content/publishing';
import type { Content, Post } from '../content/types';
import { postPath, staticPaths } from '../routes';

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

/** The public pages of a build made at `now`, each once. */
export function publicPages(content: Content, now: Date = new Date()): PublicPage[] {
  const posts = [...content.articles, ...content.guides].filter((post) => isPublished(post, now));
  return [
    listingPage(staticPaths.home, posts),
    ...posts.map((post) => ({ path: postPath(post), lastModified: postLastModified(post) })),
  ];
}
