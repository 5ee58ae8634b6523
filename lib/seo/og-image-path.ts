/** Where Next serves the Open Graph card of an article or guide (its `opengraph-image` file). */
import type { Post } from '../content/types';
import { postPath } from '../routes';

export const openGraphImageSize = { width: 1200, height: 630 } as const;

/** The path of a post's Open Graph card. */
export function openGraphImagePath(post: Pick<Post, 'type' | 'slug'>): string {
  return `${postPath(post)}/opengraph-image`;
}
