import { openGraphCard } from '@/lib/seo/open-graph-card';
import { openGraphImageSize, siteCardAlt } from '@/lib/seo/og-image-path';
import { siteConfig } from '@/lib/site-config';

// The card for every page without its own (home, listings, static pages).
// @see https://nextjs.org/docs/app/api-reference/file-conventions/metadata/opengraph-image
export const alt = siteCardAlt();
export const size = openGraphImageSize;
export const contentType = 'image/png';
// Drawn once at build time, also for the static export.
export const dynamic = 'force-static';

export default function Image() {
  return openGraphCard({ title: siteConfig.description, kind: 'Sleep and relaxation' });
}
