/** The site's feeds: where they live and how every page's head announces them. */
import { absoluteUrl, siteConfig, type SiteConfig } from '../site-config';

export const feedPaths = { rss: '/feed.xml', atom: '/atom.xml' } as const;

/** `alternates.types` for Next's Metadata API: one `<link rel="alternate">` per feed. */
export function feedAlternates(config: SiteConfig = siteConfig) {
  return {
    'application/rss+xml': [{ url: absoluteUrl(feedPaths.rss, config), title: `${config.name} (RSS)` }],
    'application/atom+xml': [{ url: absoluteUrl(feedPaths.atom, config), title: `${config.name} (Atom)` }],
  };
}
