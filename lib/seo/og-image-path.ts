/** Where Next serves the Open Graph card of an article or guide (its `opengraph-image` file). */
import type { Post } from '../content/types';
import { postPath } from '../routes';
import { siteConfig, type SiteConfig } from '../site-config';

export const openGraphImageSize = { width: 1200, height: 630 } as const;

/** The path of a post's Open Graph card. */
export function openGraphImagePath(post: Pick<Post, 'type' | 'slug'>): string {
  return `${postPath(post)}/opengraph-image`;
}

/** The alt text of the site's own card, used by app/opengraph-image.tsx and by pages that name it. */
export const siteCardAlt = (config: SiteConfig = siteConfig) => `${config.name}: ${config.description}`;
