/** Every page address the site serves, with the anchors each page has, built from lib/routes.ts and the content. */
import { areaCounts, audienceCounts } from '../../../lib/guide-filters';
import { articleListing, listingPaths, taxonomyListings } from '../../../lib/content/post-listings';
import { guideAreaPath, guideAudiencePath, postPath, staticPaths } from '../../../lib/routes';
import { bodyHeadings } from '../../../lib/content/headings';
import type { Post } from '../../../lib/content/types';
import type { CheckContext } from './content-rule';

export type SitePage = { anchors: Set<string>; post?: Post };

export function sitePages(context: CheckContext): Map<string, SitePage> {
  const pages = new Map<string, SitePage>();
  const add = (path: string, page: SitePage = { anchors: new Set() }) => pages.set(path, page);
  Object.values(staticPaths).forEach((path) => add(path));
  for (const doc of context.documents) {
    if (doc.post) add(postPath(doc.post), { anchors: new Set(doc.body?.tree ? bodyHeadings(doc.body.tree).map((heading) => heading.id) : []), post: doc.post });
  }
  const { articles, guides, categories, authors } = context.content;
  const posts: Post[] = [...articles, ...guides];
  // The same lists the index routes prerender from, every page of each.
  [articleListing(articles), ...taxonomyListings({ posts, categories, authors })].flatMap(listingPaths).forEach((path) => add(path));
  areaCounts(guides).forEach(({ area }) => add(guideAreaPath(area)));
  audienceCounts(guides).forEach(({ audience }) => add(guideAudiencePath(audience)));
  return pages;
}

/** Splits an internal link into its path (without query or trailing slash) and anchor. */
export function splitInternalLink(url: string): { path: string; anchor?: string } | undefined {
  if (!url.startsWith('#') && !(url.startsWith('/') && !url.startsWith('//'))) return undefined;
  const [beforeHash, anchor] = url.split('#', 2);
  const path = beforeHash.split('?')[0];
  return { path: path.length > 1 ? path.replace(/\/+$/, '') : path, anchor: anchor === undefined ? undefined : decodeURIComponent(anchor) };
}
