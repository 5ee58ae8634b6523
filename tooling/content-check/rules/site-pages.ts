/**
 * Every page address the site serves (lib/seo/public-pages.ts's list, drafts
 * and scheduled posts included), with the anchors each post page has.
 */
import { bodyHeadings } from '../../../lib/content/headings';
import type { Post } from '../../../lib/content/collections';
import { sitePages as allSitePages } from '../../../lib/seo/public-pages';
import type { CheckContext } from './content-rule';

export type SitePage = { anchors: Set<string>; post?: Post };

const built = new WeakMap<CheckContext, Map<string, SitePage>>();

/** Built once per check: three link rules ask, and each build walks every post's headings. */
export function sitePages(context: CheckContext): Map<string, SitePage> {
  let pages = built.get(context);
  if (!pages) built.set(context, (pages = buildSitePages(context)));
  return pages;
}

function buildSitePages(context: CheckContext): Map<string, SitePage> {
  const anchors = new Map(
    context.documents.flatMap((doc) =>
      doc.post && doc.body?.tree ? [[doc.post, new Set(bodyHeadings(doc.body.tree).map((heading) => heading.id))] as const] : [],
    ),
  );
  return new Map(
    allSitePages(context.content, () => true).map(({ path, post }) => [path, { anchors: (post && anchors.get(post)) ?? new Set<string>(), post }]),
  );
}

/** Splits an internal link into its path (without query or trailing slash) and anchor. */
export function splitInternalLink(url: string): { path: string; anchor?: string } | undefined {
  if (!url.startsWith('#') && !(url.startsWith('/') && !url.startsWith('//'))) return undefined;
  const [beforeHash, anchor] = url.split('#', 2);
  const path = beforeHash.split('?')[0];
  return { path: path.length > 1 ? path.replace(/\/+$/, '') : path, anchor: anchor === undefined ? undefined : decodeURIComponent(anchor) };
}
