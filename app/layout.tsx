import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { siteFooterId } from '@/components/site-footer';
import { feedAlternates } from '@/lib/seo/feed-links';
import { pageTitle, siteConfig } from '@/lib/site-config';
import { themeInitScript } from '@/lib/theme';
import './globals.css';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: pageTitle('%s') },
  description: siteConfig.description,
  // Pages built with pageMetadata repeat these, since a page's `alternates` replaces the layout's.
  alternates: { types: feedAlternates() },
};

// @see https://nextjs.org/docs/app/api-reference/functions/generate-viewport
export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf7f1' },
    { media: '(prefers-color-scheme: dark)', color: '#1b1815' },
  ],
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-theme on <html> before React hydrates.
    <html lang={siteConfig.language} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
        {/* No frame is painted before the page is parsed up to its footer: the parser pauses midway through
            a long page, and a first frame of the header alone leaves the largest element to a later frame. */}
        <link rel="expect" href={`#${siteFooterId}`} blocking="render" />
      </head>
      <body className="flex min-h-screen flex-col antialiased">{children}</body>
    </html>
  );
}
