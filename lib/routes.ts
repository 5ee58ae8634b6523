/** The address of every kind of page, in one place. */
import type { Post } from './content/types';

/** The path of an article or guide page. */
export function postPath(post: Pick<Post, 'type' | 'slug'>): string {
  return `/${post.type === 'guide' ? 'guides' : 'articles'}/${post.slug}`;
}
