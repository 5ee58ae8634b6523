import type { MetadataRoute } from 'next';
import { loadContent } from '@/lib/content/queries';
import { publicPages } from '@/lib/seo/public-pages';
import { absoluteUrl } from '@/lib/site-config';

// @see https://nextjs.org/docs/app/api-reference/file-conventions/metadata/sitemap
// Generated once at build time, also for the static export.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return publicPages(loadContent()).map((page) => ({
    url: absoluteUrl(page.path),
    ...(page.lastModified ? { lastModified: new Date(page.lastModified).toISOString() } : {}),
  }));
}
