import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SkipLink } from '@/components/skip-link';
import { feedAlternates } from '@/lib/seo/feed-links';
import { pageTitle } from '@/lib/seo/page-title';
import { siteConfig } from '@/lib/site-config';
import './globals.css';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: pageTitle('%s') },
  description: siteConfig.description,
  // Pages built with pageMetadata repeat these, since a page's `alternates` replaces the layout's.
  alternates: { types: feedAlternates() },
};

export const viewport: Viewport = {
  themeColor: '#fbf7f1',
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig.language}>
      <body className="min-h-screen antialiased">
        <SkipLink />
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
