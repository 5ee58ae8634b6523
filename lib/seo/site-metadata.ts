/**
 * What every page's metadata starts from: the root layout's, and the 404's
 * (app/global-not-found.tsx), which Next renders without the layout.
 */
import type { Metadata, Viewport } from 'next';
import { pageTitle, siteConfig } from '../site-config';
import { feedAlternates } from './feed-links';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const siteMetadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: pageTitle('%s') },
  description: siteConfig.description,
  // Pages built with pageMetadata repeat these, since a page's `alternates` replaces the layout's.
  alternates: { types: feedAlternates() },
};

// @see https://nextjs.org/docs/app/api-reference/functions/generate-viewport
export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf7f1' },
    { media: '(prefers-color-scheme: dark)', color: '#1b1815' },
  ],
  width: 'device-width',
  initialScale: 1,
};
