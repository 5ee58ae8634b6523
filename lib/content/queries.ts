/**
 * The content API that routes call. Lists are sorted newest first and hold
 * only what this build may show (see isVisible).
 */
import { loadContent } from './loader';
import { isVisible } from './publishing';
import type { Article, Author, Category, Guide, Post } from './types';

const newestFirst = (a: Post, b: Post) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.title.localeCompare(b.title);

function visible<T extends Post>(posts: T[]): T[] {
  return posts.filter((post) => isVisible(post)).sort(newestFirst);
}

/** Articles readers may see, newest first. */
export function getArticles(): Article[] {
  return visible(loadContent().articles);
}

/** Technique guides readers may see, newest first. */
export function getGuides(): Guide[] {
  return visible(loadContent().guides);
}

/** Articles and guides together, newest first. */
export function getPosts(): Post[] {
  return visible<Post>([...loadContent().articles, ...loadContent().guides]);
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}

export function getGuide(slug: string): Guide | undefined {
  return getGuides().find((guide) => guide.slug === slug);
}

export function getAuthors(): Author[] {
  return loadContent().authors;
}

/** An author by slug; references are checked at load, so a post's author always exists. */
export function getAuthor(slug: string): Author | undefined {
  return loadContent().authors.find((author) => author.slug === slug);
}

export function getCategories(): Category[] {
  return loadContent().categories;
}

export function getCategory(slug: string): Category | undefined {
  return loadContent().categories.find((category) => category.slug === slug);
}

/** The posts a post lists as related, in its order, leaving out any this build hides. */
export function getRelated(post: Post): Post[] {
  const posts = getPosts();
  return post.related.flatMap((slug) => posts.filter((candidate) => candidate.slug === slug));
}
