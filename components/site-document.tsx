import type { ReactNode } from 'react';
import { siteConfig } from '@/lib/site-config';
import { themeInitScript } from '@/lib/theme';
import { siteFooterId } from './site-footer';

/**
 * The document around every page: the root layout's (app/layout.tsx), and the
 * 404's (app/global-not-found.tsx), which Next renders without the layout.
 */
export function SiteDocument({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-theme on <html> before React hydrates.
    <html lang={siteConfig.language} suppressHydrationWarning>
      {/* The rule is for the Pages Router (next/head); an App Router document writes its own <head>. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
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
