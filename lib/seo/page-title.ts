/** How a page's title reads in browser tabs and search results: its own title, then the site's name. */
import { siteConfig, type SiteConfig } from '../site-config';

/** Search results cut titles longer than this. */
export const maxTitleLength = 60;

/** The full title of a page whose own title is `title`; with "%s" it is the layout's template. */
export function pageTitle(title: string, config: SiteConfig = siteConfig): string {
  return `${title} · ${config.name}`;
}
