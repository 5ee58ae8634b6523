import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site-config';

// @see https://nextjs.org/docs/app/api-reference/file-conventions/metadata/robots
// Generated once at build time, also for the static export.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
