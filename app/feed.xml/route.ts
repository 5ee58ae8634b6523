import { allPosts } from '@/lib/content/collections';
import { loadContent } from '@/lib/content/queries';
import { buildRssFeed } from '@/lib/seo/feeds';
import { siteConfig } from '@/lib/site-config';

// Written once at build time, like the pages.
// @see https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config#dynamic
export const dynamic = 'force-static';

// @see https://nextjs.org/docs/app/api-reference/file-conventions/route
export function GET() {
  const xml = buildRssFeed({ posts: allPosts(loadContent()), config: siteConfig });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
